from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="UserStatusAdditionalInfo")


@_attrs_define
class UserStatusAdditionalInfo(_Model):
    """
    Attributes:
        failed_login_count (int | Unset): Failed sign-in attempts on record.
        failed_password_reset_count (int | Unset): Failed password-reset attempts on record.
        last_login_date_time (datetime.datetime | Unset): When the user last signed in.
        hold_date_time (datetime.datetime | Unset): When the user was put on hold.
        hold_reason (str | Unset): Why the user is on hold.
        hold_initiated_by (str | Unset): Who put the user on hold.
    """

    failed_login_count: int | Unset = UNSET
    failed_password_reset_count: int | Unset = UNSET
    last_login_date_time: datetime.datetime | Unset = UNSET
    hold_date_time: datetime.datetime | Unset = UNSET
    hold_reason: str | Unset = UNSET
    hold_initiated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        failed_login_count = self.failed_login_count
        failed_password_reset_count = self.failed_password_reset_count
        last_login_date_time: str | Unset = UNSET
        if not isinstance(self.last_login_date_time, Unset):
            last_login_date_time = self.last_login_date_time.isoformat()
        hold_date_time: str | Unset = UNSET
        if not isinstance(self.hold_date_time, Unset):
            hold_date_time = self.hold_date_time.isoformat()
        hold_reason = self.hold_reason
        hold_initiated_by = self.hold_initiated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failed_login_count is not UNSET:
            field_dict["failedLoginCount"] = failed_login_count
        if failed_password_reset_count is not UNSET:
            field_dict["failedPasswordResetCount"] = failed_password_reset_count
        if last_login_date_time is not UNSET:
            field_dict["lastLoginDateTime"] = last_login_date_time
        if hold_date_time is not UNSET:
            field_dict["holdDateTime"] = hold_date_time
        if hold_reason is not UNSET:
            field_dict["holdReason"] = hold_reason
        if hold_initiated_by is not UNSET:
            field_dict["holdInitiatedBy"] = hold_initiated_by

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        failed_login_count = d.pop("failedLoginCount", UNSET)
        failed_password_reset_count = d.pop("failedPasswordResetCount", UNSET)
        _last_login_date_time = d.pop("lastLoginDateTime", UNSET)
        last_login_date_time: datetime.datetime | Unset
        if isinstance(_last_login_date_time, Unset):
            last_login_date_time = UNSET
        else:
            last_login_date_time = parse_datetime(_last_login_date_time)

        _hold_date_time = d.pop("holdDateTime", UNSET)
        hold_date_time: datetime.datetime | Unset
        if isinstance(_hold_date_time, Unset):
            hold_date_time = UNSET
        else:
            hold_date_time = parse_datetime(_hold_date_time)

        hold_reason = d.pop("holdReason", UNSET)
        hold_initiated_by = d.pop("holdInitiatedBy", UNSET)
        user_status_additional_info = cls(
            failed_login_count=failed_login_count,
            failed_password_reset_count=failed_password_reset_count,
            last_login_date_time=last_login_date_time,
            hold_date_time=hold_date_time,
            hold_reason=hold_reason,
            hold_initiated_by=hold_initiated_by,
        )

        user_status_additional_info.additional_properties = d
        return user_status_additional_info
