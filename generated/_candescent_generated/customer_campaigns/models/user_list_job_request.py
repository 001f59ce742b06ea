from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


@_attrs_define
class UserListJobRequest(_Model):
    """A promotions user list given by member id.

    Attributes:
        name (str): The list's name: up to 50 letters, digits, spaces, '_' or '-'.
        users (list[str]): The member ids to put on the list (at least one).
        description (str): What the list is for: up to 200 letters, digits, spaces, '_' or '-'.
    """

    name: str
    users: list[str]
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["users"] = self.users

        if self.description is not None:
            field_dict["description"] = self.description

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self = cls(
            name=d.pop("name"),
            users=d.pop("users"),
            description=d.pop("description", None),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
