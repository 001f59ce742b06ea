from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_info_type import ImageInfoType
from ..models.image_view import ImageView
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import enum_member, keys_only

T = TypeVar("T", bound="ImageInfo")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        data = self.data
        type_ = ImageInfoType(self.type_).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "type": type_,
            }
        )
        if self.view is not None:
            field_dict["view"] = ImageView(self.view).value
        if self.page_number is not None:
            field_dict["pageNumber"] = self.page_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = d.pop("data")
        type_ = enum_member(ImageInfoType, d.pop("type"))

        _view = d.pop("view", None)
        view = None if _view is None else enum_member(ImageView, _view)
        page_number = d.pop("pageNumber", None)
        image_info = cls(
            data=data,
            type_=type_,
            view=view,
            page_number=page_number,
        )

        object.__setattr__(image_info, "additional_properties", d)  # no on-setattr hooks
        return image_info
