from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, parse_datetime


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
        d = dict(src_dict)
        _self = cls(
            failed_login_count=d.pop("failedLoginCount", None),
            failed_password_reset_count=d.pop("failedPasswordResetCount", None),
            last_login_date_time=None if (v := d.pop("lastLoginDateTime", None)) is None else parse_datetime(v),
            hold_date_time=None if (v := d.pop("holdDateTime", None)) is None else parse_datetime(v),
            hold_reason=d.pop("holdReason", None),
            hold_initiated_by=d.pop("holdInitiatedBy", None),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
