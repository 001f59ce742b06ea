from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_list_status_code import UserListStatusCode
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="UserListStatus")


@_attrs_define
class UserListStatus(_Model):
    """
    Attributes:
        code (UserListStatusCode):
        failed_users (list[str]):
        uploaded_users (int):
        message (str | Unset):
    """

    code: UserListStatusCode
    failed_users: list[str]
    uploaded_users: int
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        code = UserListStatusCode(self.code).value
        failed_users = self.failed_users

        uploaded_users = self.uploaded_users
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "failedUsers": failed_users,
                "uploadedUsers": uploaded_users,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = UserListStatusCode(d.pop("code"))

        failed_users = cast(list[str], d.pop("failedUsers"))

        uploaded_users = d.pop("uploadedUsers")
        message = d.pop("message", UNSET)
        user_list_status = cls(
            code=code,
            failed_users=failed_users,
            uploaded_users=uploaded_users,
            message=message,
        )

        user_list_status.additional_properties = d
        return user_list_status
