from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"size", "totalElements", "totalPages", "number"})


@_attrs_define
class Page1(_Model):
    """Where a page is in the whole list.

    Attributes:
        size (int): Items per page (as asked).
        total_elements (int): Items in the whole list.
        total_pages (int): Pages in the whole list.
        number (int): This page's number, counted from 0.
    """

    size: int
    total_elements: int
    total_pages: int
    number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["size"] = self.size
        field_dict["totalElements"] = self.total_elements
        field_dict["totalPages"] = self.total_pages
        field_dict["number"] = self.number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.size = src_dict["size"]
        _self.total_elements = src_dict["totalElements"]
        _self.total_pages = src_dict["totalPages"]
        _self.number = src_dict["number"]
        extra = (
            {}
            if len(src_dict) == 4 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
