from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"name", "users", "description"})


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
        _self = object.__new__(cls)
        _self.name = src_dict["name"]
        _self.users = src_dict["users"]
        _self.description = src_dict.get("description")
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
