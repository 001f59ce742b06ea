from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.user_list_job_status_details_code import UserListJobStatusDetailsCode
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only


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
        d = dict(src_dict)
        _self = cls(
            code=enum_member(UserListJobStatusDetailsCode, d.pop("code")),
            failed_users=d.pop("failedUsers"),
            uploaded_users=d.pop("uploadedUsers"),
            message=d.pop("message"),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
