from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="RoleAttributes")


@_attrs_define
class RoleAttributes(_Model):
    """What a role allows (flags written as the text true or false).

    Attributes:
        can_transact (str | Unset): 'true' when the party may make transactions.
        is_employee_role (str | Unset): 'true' when the party is an employee of the institution.
    """

    can_transact: str | Unset = UNSET
    is_employee_role: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        can_transact = self.can_transact
        is_employee_role = self.is_employee_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_transact is not UNSET:
            field_dict["canTransact"] = can_transact
        if is_employee_role is not UNSET:
            field_dict["isEmployeeRole"] = is_employee_role

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        can_transact = xml_text(d.pop("canTransact", UNSET))
        is_employee_role = xml_text(d.pop("isEmployeeRole", UNSET))
        role_attributes = cls(
            can_transact=can_transact,
            is_employee_role=is_employee_role,
        )

        role_attributes.additional_properties = d
        return role_attributes
