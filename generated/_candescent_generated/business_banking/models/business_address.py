from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"address1", "city", "state", "zipCode", "address2", "country"})


@_attrs_define
class BusinessAddress(_Model):
    """A US postal address.

    Attributes:
        address1 (str):
        city (str):
        state (str): Two-letter state code, e.g. CA.
        zip_code (str): ZIP code (5 digits or ZIP+4).
        address2 (str):
        country (str): The country, e.g. USA.
    """

    address1: str
    city: str
    state: str
    zip_code: str
    address2: str | None = None
    country: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["address1"] = self.address1
        field_dict["city"] = self.city
        field_dict["state"] = self.state
        field_dict["zipCode"] = self.zip_code
        if self.address2 is not None:
            field_dict["address2"] = self.address2
        if self.country is not None:
            field_dict["country"] = self.country

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.address1 = src_dict["address1"]
        _self.city = src_dict["city"]
        _self.state = src_dict["state"]
        _self.zip_code = src_dict["zipCode"]
        _self.address2 = src_dict.get("address2")
        _self.country = src_dict.get("country")
        extra = (
            {}
            if len(src_dict) == 4 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
