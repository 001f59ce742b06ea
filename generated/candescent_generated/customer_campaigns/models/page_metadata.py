from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="PageMetadata")


@_attrs_define
class PageMetadata(_Model):
    """
    Attributes:
        size (int | Unset):
        total_elements (int | Unset):
        total_pages (int | Unset):
        number (int | Unset):
    """

    size: int | Unset = UNSET
    total_elements: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        size = self.size
        total_elements = self.total_elements
        total_pages = self.total_pages
        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if total_elements is not UNSET:
            field_dict["totalElements"] = total_elements
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if number is not UNSET:
            field_dict["number"] = number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        size = d.pop("size", UNSET)
        total_elements = d.pop("totalElements", UNSET)
        total_pages = d.pop("totalPages", UNSET)
        number = d.pop("number", UNSET)
        page_metadata = cls(
            size=size,
            total_elements=total_elements,
            total_pages=total_pages,
            number=number,
        )

        page_metadata.additional_properties = d
        return page_metadata
