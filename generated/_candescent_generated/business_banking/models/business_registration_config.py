from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"onlineFeatures", "additionalServices"})


@_attrs_define
class BusinessRegistrationConfig(_Model):
    """What the institution offers to businesses registering for online banking.

    Attributes:
        online_features (list[str]): Online-banking features a registration may ask for (e.g. ACH, Wire Transfer, Bill
            Pay).
        additional_services (list[str]): Extra services a registration may ask for (e.g. Positive Pay, Lockbox
            Services).
    """

    online_features: list[str]
    additional_services: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["onlineFeatures"] = self.online_features

        if self.additional_services is not None:
            field_dict["additionalServices"] = self.additional_services

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.online_features = src_dict["onlineFeatures"]
        _self.additional_services = src_dict.get("additionalServices")
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
