from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.e_statement_account_preference_institution_disclosure_status import (
    EStatementAccountPreferenceInstitutionDisclosureStatus,
)
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "institutionId",
        "institutionUserId",
        "paperWaiver",
        "accountId",
        "institutionDisclosureName",
        "id",
        "institutionDisclosureId",
        "institutionDisclosureStatus",
        "institutionUserDisclosureStatusUpdateDateTime",
    }
)


@_attrs_define
class EStatementAccountPreference(_Model):
    """An account's online-statement (OLS) enrolment.

    Attributes:
        institution_id (str):
        institution_user_id (str):
        paper_waiver (bool): true: electronic statements instead of paper.
        account_id (str):
        institution_disclosure_name (str):
        id (str):
        institution_disclosure_id (str):
        institution_disclosure_status (EStatementAccountPreferenceInstitutionDisclosureStatus): ACCEPTED: enrolled in
            e-statements; NOT_ACCEPTED: not.
        institution_user_disclosure_status_update_date_time (datetime.datetime): When the enrolment last changed (ISO
            8601 with an offset).
    """

    institution_id: str
    institution_user_id: str
    paper_waiver: bool
    account_id: str
    institution_disclosure_name: str
    id: str | None = None
    institution_disclosure_id: str | None = None
    institution_disclosure_status: EStatementAccountPreferenceInstitutionDisclosureStatus | None = None
    institution_user_disclosure_status_update_date_time: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["institutionId"] = self.institution_id
        field_dict["institutionUserId"] = self.institution_user_id
        field_dict["paperWaiver"] = self.paper_waiver
        field_dict["accountId"] = self.account_id
        field_dict["institutionDisclosureName"] = self.institution_disclosure_name
        if self.id is not None:
            field_dict["id"] = self.id
        if self.institution_disclosure_id is not None:
            field_dict["institutionDisclosureId"] = self.institution_disclosure_id
        if self.institution_disclosure_status is not None:
            field_dict["institutionDisclosureStatus"] = EStatementAccountPreferenceInstitutionDisclosureStatus(
                self.institution_disclosure_status
            ).value
        if self.institution_user_disclosure_status_update_date_time is not None:
            field_dict["institutionUserDisclosureStatusUpdateDateTime"] = (
                self.institution_user_disclosure_status_update_date_time.isoformat()
            )

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.institution_id = src_dict["institutionId"]
        _self.institution_user_id = src_dict["institutionUserId"]
        _self.paper_waiver = src_dict["paperWaiver"]
        _self.account_id = src_dict["accountId"]
        _self.institution_disclosure_name = src_dict["institutionDisclosureName"]
        _self.id = src_dict.get("id")
        _self.institution_disclosure_id = src_dict.get("institutionDisclosureId")
        _self.institution_disclosure_status = (
            None
            if (v := src_dict.get("institutionDisclosureStatus")) is None
            else enum_member(EStatementAccountPreferenceInstitutionDisclosureStatus, v)
        )
        _self.institution_user_disclosure_status_update_date_time = (
            None if (v := src_dict.get("institutionUserDisclosureStatusUpdateDateTime")) is None else parse_datetime(v)
        )
        extra = (
            {}
            if len(src_dict) == 5 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
