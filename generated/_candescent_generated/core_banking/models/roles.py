from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="Roles")


@_attrs_define
class Roles(_Model):
    """The parties tied to an account.

    Attributes:
        role (list[Role]): One element per party.
    """

    role: list[Role]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        role = []
        for role_item_data in self.role:
            role_item = role_item_data.to_dict()
            role.append(role_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = []
        _role = d.pop("role")
        for role_item_data in _role:
            role_item = Role.from_dict(role_item_data)

            role.append(role_item)

        roles = cls(
            role=role,
        )

        object.__setattr__(roles, "additional_properties", d)  # no on-setattr hooks
        return roles


from ..models.role import Role
