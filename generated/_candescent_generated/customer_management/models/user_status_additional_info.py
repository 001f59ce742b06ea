from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, parse_datetime

T = TypeVar("T", bound="UserStatusAdditionalInfo")


@_attrs_define
class UserStatusAdditionalInfo(_Model):
    """
    Attributes:
        failed_login_count (int): Failed sign-in attempts on record.
        failed_password_reset_count (int): Failed password-reset attempts on record.
        last_login_date_time (datetime.datetime): When the user last signed in.
        hold_date_time (datetime.datetime): When the user was put on hold.
        hold_reason (str): Why the user is on hold.
        hold_initiated_by (str): Who put the user on hold.
    """

    failed_login_count: int | None = None
    failed_password_reset_count: int | None = None
    last_login_date_time: datetime.datetime | None = None
    hold_date_time: datetime.datetime | None = None
    hold_reason: str | None = None
    hold_initiated_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.failed_login_count is not None:
            failed_login_count = self.failed_login_count
            field_dict["failedLoginCount"] = failed_login_count
        if self.failed_password_reset_count is not None:
            failed_password_reset_count = self.failed_password_reset_count
            field_dict["failedPasswordResetCount"] = failed_password_reset_count
        if self.last_login_date_time is not None:
            last_login_date_time = self.last_login_date_time.isoformat()
            field_dict["lastLoginDateTime"] = last_login_date_time
        if self.hold_date_time is not None:
            hold_date_time = self.hold_date_time.isoformat()
            field_dict["holdDateTime"] = hold_date_time
        if self.hold_reason is not None:
            hold_reason = self.hold_reason
            field_dict["holdReason"] = hold_reason
        if self.hold_initiated_by is not None:
            hold_initiated_by = self.hold_initiated_by
            field_dict["holdInitiatedBy"] = hold_initiated_by

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _failed_login_count = d.pop("failedLoginCount", None)
        failed_login_count: int | None = None
        if _failed_login_count is not None:
            failed_login_count = _failed_login_count
        _failed_password_reset_count = d.pop("failedPasswordResetCount", None)
        failed_password_reset_count: int | None = None
        if _failed_password_reset_count is not None:
            failed_password_reset_count = _failed_password_reset_count
        _last_login_date_time = d.pop("lastLoginDateTime", None)
        last_login_date_time: datetime.datetime | None = None
        if _last_login_date_time is not None:
            last_login_date_time = parse_datetime(_last_login_date_time)

        _hold_date_time = d.pop("holdDateTime", None)
        hold_date_time: datetime.datetime | None = None
        if _hold_date_time is not None:
            hold_date_time = parse_datetime(_hold_date_time)

        _hold_reason = d.pop("holdReason", None)
        hold_reason: str | None = None
        if _hold_reason is not None:
            hold_reason = _hold_reason
        _hold_initiated_by = d.pop("holdInitiatedBy", None)
        hold_initiated_by: str | None = None
        if _hold_initiated_by is not None:
            hold_initiated_by = _hold_initiated_by
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
