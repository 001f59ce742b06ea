from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_statement_account_preference_institution_disclosure_status import (
    EStatementAccountPreferenceInstitutionDisclosureStatus,
)
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import enum_member, keys_only, parse_datetime

T = TypeVar("T", bound="EStatementAccountPreference")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        institution_id = self.institution_id
        institution_user_id = self.institution_user_id
        paper_waiver = self.paper_waiver
        account_id = self.account_id
        institution_disclosure_name = self.institution_disclosure_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "institutionId": institution_id,
                "institutionUserId": institution_user_id,
                "paperWaiver": paper_waiver,
                "accountId": account_id,
                "institutionDisclosureName": institution_disclosure_name,
            }
        )
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
        d = dict(src_dict)
        institution_id = d.pop("institutionId")
        institution_user_id = d.pop("institutionUserId")
        paper_waiver = d.pop("paperWaiver")
        account_id = d.pop("accountId")
        institution_disclosure_name = d.pop("institutionDisclosureName")
        id = d.pop("id", None)
        institution_disclosure_id = d.pop("institutionDisclosureId", None)
        _institution_disclosure_status = d.pop("institutionDisclosureStatus", None)
        institution_disclosure_status = (
            None
            if _institution_disclosure_status is None
            else enum_member(EStatementAccountPreferenceInstitutionDisclosureStatus, _institution_disclosure_status)
        )
        _institution_user_disclosure_status_update_date_time = d.pop(
            "institutionUserDisclosureStatusUpdateDateTime", None
        )
        institution_user_disclosure_status_update_date_time = (
            None
            if _institution_user_disclosure_status_update_date_time is None
            else parse_datetime(_institution_user_disclosure_status_update_date_time)
        )
        e_statement_account_preference = cls(
            institution_id=institution_id,
            institution_user_id=institution_user_id,
            paper_waiver=paper_waiver,
            account_id=account_id,
            institution_disclosure_name=institution_disclosure_name,
            id=id,
            institution_disclosure_id=institution_disclosure_id,
            institution_disclosure_status=institution_disclosure_status,
            institution_user_disclosure_status_update_date_time=institution_user_disclosure_status_update_date_time,
        )

        object.__setattr__(e_statement_account_preference, "additional_properties", d)  # no on-setattr hooks
        return e_statement_account_preference
