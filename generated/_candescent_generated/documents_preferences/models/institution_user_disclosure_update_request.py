from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.institution_user_disclosure_status import InstitutionUserDisclosureStatus
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import enum_member, keys_only, parse_datetime

T = TypeVar("T", bound="InstitutionUserDisclosureUpdateRequest")


@_attrs_define
class InstitutionUserDisclosureUpdateRequest(_Model):
    """A user's changed answer to an ESIGN, IB or custom disclosure (not OLS).

    Attributes:
        institution_disclosure_id (str): For a custom disclosure: its id.
        institution_disclosure_name (str): ESIGN or IB (OLS is not supported here).
        institution_user_disclosure_status (InstitutionUserDisclosureStatus): ACCEPTED or NOT_ACCEPTED.
        institution_user_disclosure_status_update_date_time (datetime.datetime): When the user answered (ISO 8601 with
            an offset).
    """

    institution_disclosure_id: str | None = None
    institution_disclosure_name: str | None = None
    institution_user_disclosure_status: InstitutionUserDisclosureStatus | None = None
    institution_user_disclosure_status_update_date_time: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

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

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        institution_disclosure_id = d.pop("institutionDisclosureId", None)
        institution_disclosure_name = d.pop("institutionDisclosureName", None)
        _institution_user_disclosure_status = d.pop("institutionUserDisclosureStatus", None)
        institution_user_disclosure_status = (
            None
            if _institution_user_disclosure_status is None
            else enum_member(InstitutionUserDisclosureStatus, _institution_user_disclosure_status)
        )
        _institution_user_disclosure_status_update_date_time = d.pop(
            "institutionUserDisclosureStatusUpdateDateTime", None
        )
        institution_user_disclosure_status_update_date_time = (
            None
            if _institution_user_disclosure_status_update_date_time is None
            else parse_datetime(_institution_user_disclosure_status_update_date_time)
        )
        institution_user_disclosure_update_request = cls(
            institution_disclosure_id=institution_disclosure_id,
            institution_disclosure_name=institution_disclosure_name,
            institution_user_disclosure_status=institution_user_disclosure_status,
            institution_user_disclosure_status_update_date_time=institution_user_disclosure_status_update_date_time,
        )

        object.__setattr__(
            institution_user_disclosure_update_request, "additional_properties", d
        )  # no on-setattr hooks
        return institution_user_disclosure_update_request
