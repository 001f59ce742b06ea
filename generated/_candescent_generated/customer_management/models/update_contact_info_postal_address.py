from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"address1", "address2", "city", "state", "postalCode", "country"})


@_attrs_define
class UpdateContactInfoPostalAddress(_Model):
    """
    Attributes:
        address1 (str):
        address2 (str):
        city (str):
        state (str):
        postal_code (str):
        country (str): The country, two letters (ISO 3166).
    """

    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    postal_code: str | None = None
    country: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.address1 is not None:
            field_dict["address1"] = self.address1
        if self.address2 is not None:
            field_dict["address2"] = self.address2
        if self.city is not None:
            field_dict["city"] = self.city
        if self.state is not None:
            field_dict["state"] = self.state
        if self.postal_code is not None:
            field_dict["postalCode"] = self.postal_code
        if self.country is not None:
            field_dict["country"] = self.country

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.address1 = src_dict.get("address1")
        _self.address2 = src_dict.get("address2")
        _self.city = src_dict.get("city")
        _self.state = src_dict.get("state")
        _self.postal_code = src_dict.get("postalCode")
        _self.country = src_dict.get("country")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
