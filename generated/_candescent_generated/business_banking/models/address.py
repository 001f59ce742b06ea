from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.country_name import CountryName
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"address1", "city", "country", "address2", "state", "zipCode"})


@_attrs_define
class Address(_Model):
    """A wire party's postal address, in any country.

    Attributes:
        address1 (str):
        city (str):
        country (CountryName): The country, by its full English name.
        address2 (str):
        state (str): State or region, where the country has them.
        zip_code (str): Postal code.
    """

    address1: str
    city: str
    country: CountryName
    address2: str | None = None
    state: str | None = None
    zip_code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["address1"] = self.address1
        field_dict["city"] = self.city
        field_dict["country"] = CountryName(self.country).value
        if self.address2 is not None:
            field_dict["address2"] = self.address2
        if self.state is not None:
            field_dict["state"] = self.state
        if self.zip_code is not None:
            field_dict["zipCode"] = self.zip_code

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.address1 = src_dict["address1"]
        _self.city = src_dict["city"]
        _self.country = enum_member(CountryName, src_dict["country"])
        _self.address2 = src_dict.get("address2")
        _self.state = src_dict.get("state")
        _self.zip_code = src_dict.get("zipCode")
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
