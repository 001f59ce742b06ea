from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset({"firstName", "lastName", "middleName", "titlePrefix", "suffix"})


@_attrs_define
class FICustomerResponsePersonPersonName(_Model):
    """
    Attributes:
        first_name (str):
        last_name (str):
        middle_name (str):
        title_prefix (str):
        suffix (str):
    """

    first_name: str | None = None
    last_name: str | None = None
    middle_name: str | None = None
    title_prefix: str | None = None
    suffix: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.first_name is not None:
            field_dict["firstName"] = self.first_name
        if self.last_name is not None:
            field_dict["lastName"] = self.last_name
        if self.middle_name is not None:
            field_dict["middleName"] = self.middle_name
        if self.title_prefix is not None:
            field_dict["titlePrefix"] = self.title_prefix
        if self.suffix is not None:
            field_dict["suffix"] = self.suffix

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.first_name = xml_text(src_dict.get("firstName"))
        _self.last_name = xml_text(src_dict.get("lastName"))
        _self.middle_name = xml_text(src_dict.get("middleName"))
        _self.title_prefix = xml_text(src_dict.get("titlePrefix"))
        _self.suffix = xml_text(src_dict.get("suffix"))
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
