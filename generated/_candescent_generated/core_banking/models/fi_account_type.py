from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset({"description", "rawType", "type"})


@_attrs_define
class FIAccountType(_Model):
    """The host's type codes of an account.

    Attributes:
        description (str): The host's name for the type.
        raw_type (int): The host's own numeric type code.
        type_ (int): The institution's numeric type code (after its own mapping).
    """

    description: str
    raw_type: int
    type_: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["description"] = self.description
        field_dict["rawType"] = self.raw_type
        field_dict["type"] = self.type_

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.description = xml_text(src_dict["description"])
        _self.raw_type = xml_text(src_dict["rawType"])
        _self.type_ = xml_text(src_dict["type"])
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
