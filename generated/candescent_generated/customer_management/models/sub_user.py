from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="SubUser")


@_attrs_define
class SubUser(_Model):
    """
    Attributes:
        institution_user_id (str | Unset):
        institution_id (str | Unset):
        institution_user_role (str | Unset):
        institution_user_type (str | Unset):
        user_id (str | Unset):
        user_name (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
    """

    institution_user_id: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    institution_user_role: str | Unset = UNSET
    institution_user_type: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        institution_user_id = self.institution_user_id
        institution_id = self.institution_id
        institution_user_role = self.institution_user_role
        institution_user_type = self.institution_user_type
        user_id = self.user_id
        user_name = self.user_name
        first_name = self.first_name
        last_name = self.last_name
        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if institution_user_id is not UNSET:
            field_dict["institutionUserId"] = institution_user_id
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id
        if institution_user_role is not UNSET:
            field_dict["institutionUserRole"] = institution_user_role
        if institution_user_type is not UNSET:
            field_dict["institutionUserType"] = institution_user_type
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        institution_user_id = d.pop("institutionUserId", UNSET)
        institution_id = d.pop("institutionId", UNSET)
        institution_user_role = d.pop("institutionUserRole", UNSET)
        institution_user_type = d.pop("institutionUserType", UNSET)
        user_id = d.pop("userId", UNSET)
        user_name = d.pop("userName", UNSET)
        first_name = d.pop("firstName", UNSET)
        last_name = d.pop("lastName", UNSET)
        email = d.pop("email", UNSET)
        sub_user = cls(
            institution_user_id=institution_user_id,
            institution_id=institution_id,
            institution_user_role=institution_user_role,
            institution_user_type=institution_user_type,
            user_id=user_id,
            user_name=user_name,
            first_name=first_name,
            last_name=last_name,
            email=email,
        )

        sub_user.additional_properties = d
        return sub_user
