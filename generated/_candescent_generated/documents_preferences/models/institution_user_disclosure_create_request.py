from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.institution_user_disclosure_status import InstitutionUserDisclosureStatus
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "institutionDisclosureId",
        "institutionDisclosureName",
        "institutionUserDisclosureStatus",
        "institutionUserDisclosureStatusUpdateDateTime",
        "accountId",
        "paperWaiver",
    }
)


@_attrs_define
class InstitutionUserDisclosureCreateRequest(_Model):
    """A user's answer to a disclosure: name OLS/ESIGN/IB, or the id of a custom one.

    Attributes:
        institution_disclosure_id (str): For custom disclosures.
        institution_disclosure_name (str): OLS
        institution_user_disclosure_status (InstitutionUserDisclosureStatus): ACCEPTED or NOT_ACCEPTED (OLS and ESIGN
            take only these two).
        institution_user_disclosure_status_update_date_time (datetime.datetime): When the user answered (ISO 8601 with
            an offset).
        account_id (str): OLS in multi-statement mode.
        paper_waiver (bool): OLS; true means electronic statements.
    """

    institution_disclosure_id: str | None = None
    institution_disclosure_name: str | None = None
    institution_user_disclosure_status: InstitutionUserDisclosureStatus | None = None
    institution_user_disclosure_status_update_date_time: datetime.datetime | None = None
    account_id: str | None = None
    paper_waiver: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.institution_disclosure_id is not None:
            field_dict["institutionDisclosureId"] = self.institution_disclosure_id
        if self.institution_disclosure_name is not None:
            field_dict["institutionDisclosureName"] = self.institution_disclosure_name
        if self.institution_user_disclosure_status is not None:
            field_dict["institutionUserDisclosureStatus"] = InstitutionUserDisclosureStatus(
                self.institution_user_disclosure_status
            ).value
        if self.institution_user_disclosure_status_update_date_time is not None:
            field_dict["institutionUserDisclosureStatusUpdateDateTime"] = (
                self.institution_user_disclosure_status_update_date_time.isoformat()
            )
        if self.account_id is not None:
            field_dict["accountId"] = self.account_id
        if self.paper_waiver is not None:
            field_dict["paperWaiver"] = self.paper_waiver

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.institution_disclosure_id = src_dict.get("institutionDisclosureId")
        _self.institution_disclosure_name = src_dict.get("institutionDisclosureName")
        _self.institution_user_disclosure_status = (
            None
            if (v := src_dict.get("institutionUserDisclosureStatus")) is None
            else enum_member(InstitutionUserDisclosureStatus, v)
        )
        _self.institution_user_disclosure_status_update_date_time = (
            None if (v := src_dict.get("institutionUserDisclosureStatusUpdateDateTime")) is None else parse_datetime(v)
        )
        _self.account_id = src_dict.get("accountId")
        _self.paper_waiver = src_dict.get("paperWaiver")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
