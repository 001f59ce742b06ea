from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.user_list_job_status_details_code import UserListJobStatusDetailsCode
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"code", "failedUsers", "uploadedUsers", "message"})


@_attrs_define
class UserListJobStatusDetails(_Model):
    """Where the job is.

    Attributes:
        code (UserListJobStatusDetailsCode): The stage: Converting, Uploading, Committing, then Completed or Failed.
        failed_users (list[str]): Member ids that could not be added.
        uploaded_users (int): How many users were added.
        message (str): The platform's words on the stage.
    """

    code: UserListJobStatusDetailsCode
    failed_users: list[str]
    uploaded_users: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["code"] = UserListJobStatusDetailsCode(self.code).value
        field_dict["failedUsers"] = self.failed_users

        field_dict["uploadedUsers"] = self.uploaded_users
        field_dict["message"] = self.message

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.code = enum_member(UserListJobStatusDetailsCode, src_dict["code"])
        _self.failed_users = src_dict["failedUsers"]
        _self.uploaded_users = src_dict["uploadedUsers"]
        _self.message = src_dict["message"]
        extra = (
            {}
            if len(src_dict) == 4 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
