from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"bankingImage", "warnings"})


@_attrs_define
class BankingImages(_Model):
    """Images or statements found for an account.

    Attributes:
        banking_image (list[BankingImage]): What was found.
        warnings (list[Warning_]): Non-fatal problems (e.g. BIS_20002: no statements), delivered with a 200.
    """

    banking_image: list[BankingImage]
    warnings: list[Warning_] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["bankingImage"] = []
        for banking_image_item_data in self.banking_image:
            banking_image_item = banking_image_item_data.to_dict()
            field_dict["bankingImage"].append(banking_image_item)

        if self.warnings is not None:
            field_dict["warnings"] = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                field_dict["warnings"].append(warnings_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.banking_image = [BankingImage.from_dict(item) for item in src_dict["bankingImage"]]
        _self.warnings = None if (v := src_dict.get("warnings")) is None else [Warning_.from_dict(item) for item in v]
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.banking_image import BankingImage
from ..models.warning import Warning_
