from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"tinName", "tinNumber", "hostPassword", "memberNumber", "primary"})


@_attrs_define
class BusinessTinInfo(_Model):
    """One of the business's tax identification numbers.

    Attributes:
        tin_name (str): The name the tax id is registered to.
        tin_number (str): The tax id: 9 digits.
        host_password (str): The password for this tax id at the institution's core system; sent, never returned.
        member_number (str): The business's member number at the institution for this tax id.
        primary (bool): true: the business's main tax id.
    """

    tin_name: str
    tin_number: str = _attrs_field(repr=False)
    host_password: str | None = _attrs_field(repr=False, default=None)
    member_number: str | None = None
    primary: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["tinName"] = self.tin_name
        field_dict["tinNumber"] = self.tin_number
        if self.host_password is not None:
            field_dict["hostPassword"] = self.host_password
        if self.member_number is not None:
            field_dict["memberNumber"] = self.member_number
        if self.primary is not None:
            field_dict["primary"] = self.primary

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.tin_name = src_dict["tinName"]
        _self.tin_number = src_dict["tinNumber"]
        _self.host_password = src_dict.get("hostPassword")
        _self.member_number = src_dict.get("memberNumber")
        _self.primary = src_dict.get("primary")
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
