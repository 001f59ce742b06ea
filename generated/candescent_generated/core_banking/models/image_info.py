from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_info_type import ImageInfoType
from ..models.image_info_view import ImageInfoView
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="ImageInfo")


@_attrs_define
class ImageInfo(_Model):
    """
    Attributes:
        data (str): Base64 image bytes (TIFF for checks
        type_ (ImageInfoType):
        view (ImageInfoView | Unset):
        page_number (int | Unset):
    """

    data: str
    type_: ImageInfoType
    view: ImageInfoView | Unset = UNSET
    page_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        data = self.data
        type_ = ImageInfoType(self.type_).value
        view: str | Unset = UNSET
        if not isinstance(self.view, Unset):
            view = ImageInfoView(self.view).value

        page_number = self.page_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "type": type_,
            }
        )
        if view is not UNSET:
            field_dict["view"] = view
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = d.pop("data")
        type_ = ImageInfoType(d.pop("type"))

        _view = d.pop("view", UNSET)
        view: ImageInfoView | Unset
        if isinstance(_view, Unset):
            view = UNSET
        else:
            view = ImageInfoView(_view)

        page_number = d.pop("pageNumber", UNSET)
        image_info = cls(
            data=data,
            type_=type_,
            view=view,
            page_number=page_number,
        )

        image_info.additional_properties = d
        return image_info
