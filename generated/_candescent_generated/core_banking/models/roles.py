from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"role"})


@_attrs_define
class Roles(_Model):
    """The parties tied to an account.

    Attributes:
        role (list[Role]): One element per party.
    """

    role: list[Role]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["role"] = []
        for role_item_data in self.role:
            role_item = role_item_data.to_dict()
            field_dict["role"].append(role_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.role = [Role.from_dict(item) for item in src_dict["role"]]
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.role import Role
