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
            field_dict["failedLoginCount"] = self.failed_login_count
        if self.failed_password_reset_count is not None:
            field_dict["failedPasswordResetCount"] = self.failed_password_reset_count
        if self.last_login_date_time is not None:
            field_dict["lastLoginDateTime"] = self.last_login_date_time.isoformat()
        if self.hold_date_time is not None:
            field_dict["holdDateTime"] = self.hold_date_time.isoformat()
        if self.hold_reason is not None:
            field_dict["holdReason"] = self.hold_reason
        if self.hold_initiated_by is not None:
            field_dict["holdInitiatedBy"] = self.hold_initiated_by

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        failed_login_count = d.pop("failedLoginCount", None)
        failed_password_reset_count = d.pop("failedPasswordResetCount", None)
        _last_login_date_time = d.pop("lastLoginDateTime", None)
        last_login_date_time = None if _last_login_date_time is None else parse_datetime(_last_login_date_time)
        _hold_date_time = d.pop("holdDateTime", None)
        hold_date_time = None if _hold_date_time is None else parse_datetime(_hold_date_time)
        hold_reason = d.pop("holdReason", None)
        hold_initiated_by = d.pop("holdInitiatedBy", None)
        user_status_additional_info = cls(
            failed_login_count=failed_login_count,
            failed_password_reset_count=failed_password_reset_count,
            last_login_date_time=last_login_date_time,
            hold_date_time=hold_date_time,
            hold_reason=hold_reason,
            hold_initiated_by=hold_initiated_by,
        )

        object.__setattr__(user_status_additional_info, "additional_properties", d)  # no on-setattr hooks
        return user_status_additional_info
