from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "failedLoginCount",
        "failedPasswordResetCount",
        "lastLoginDateTime",
        "holdDateTime",
        "holdReason",
        "holdInitiatedBy",
    }
)


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
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
        _self = object.__new__(cls)
        _self.failed_login_count = src_dict.get("failedLoginCount")
        _self.failed_password_reset_count = src_dict.get("failedPasswordResetCount")
        _self.last_login_date_time = None if (v := src_dict.get("lastLoginDateTime")) is None else parse_datetime(v)
        _self.hold_date_time = None if (v := src_dict.get("holdDateTime")) is None else parse_datetime(v)
        _self.hold_reason = src_dict.get("holdReason")
        _self.hold_initiated_by = src_dict.get("holdInitiatedBy")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
