from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_info_type import ImageInfoType
from ..models.image_view import ImageView
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"data", "type", "view", "pageNumber"})


@_attrs_define
class ImageInfo(_Model):
    """One side or page of an image.

    Attributes:
        data (str): The image file, base64: PDF for statements; for checks and deposit items the platform's own example
            is a JPEG.
        type_ (ImageInfoType): The file format: PNG, JPEG or PDF (UNKNOWN: another one).
        view (ImageView): FRONT, BACK, FRONT_BACK (both sides in one image) or BOTH_SEPARATED; UNKNOWN.
        page_number (int): Statements: the page, from 1.
    """

    data: str
    type_: ImageInfoType
    view: ImageView | None = None
    page_number: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = self.data
        field_dict["type"] = ImageInfoType(self.type_).value
        if self.view is not None:
            field_dict["view"] = ImageView(self.view).value
        if self.page_number is not None:
            field_dict["pageNumber"] = self.page_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.data = src_dict["data"]
        _self.type_ = enum_member(ImageInfoType, src_dict["type"])
        _self.view = None if (v := src_dict.get("view")) is None else enum_member(ImageView, v)
        _self.page_number = src_dict.get("pageNumber")
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
