from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_type import ImageType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"imageType", "imageIdentifier", "hostImageLocator"})


@_attrs_define
class TransactionImage(_Model):
    """Where a transaction's image is.

    Attributes:
        image_type (ImageType): What the image shows.
        image_identifier (str): Pass it as imageIdentifier to the banking images calls.
        host_image_locator (str): The host's locator of the image.
    """

    image_type: ImageType
    image_identifier: str | None = None
    host_image_locator: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["imageType"] = ImageType(self.image_type).value
        if self.image_identifier is not None:
            field_dict["imageIdentifier"] = self.image_identifier
        if self.host_image_locator is not None:
            field_dict["hostImageLocator"] = self.host_image_locator

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.image_type = enum_member(ImageType, src_dict["imageType"])
        _self.image_identifier = src_dict.get("imageIdentifier")
        _self.host_image_locator = src_dict.get("hostImageLocator")
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
