from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="UpdateContactInfoPostalAddress")


@_attrs_define
class UpdateContactInfoPostalAddress(_Model):
    """
    Attributes:
        address1 (str | Unset):
        address2 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        postal_code (str | Unset):
        country (str | Unset): The country, two letters (ISO 3166).
    """

    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        address1 = self.address1
        address2 = self.address2
        city = self.city
        state = self.state
        postal_code = self.postal_code
        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address1 = d.pop("address1", UNSET)
        address2 = d.pop("address2", UNSET)
        city = d.pop("city", UNSET)
        state = d.pop("state", UNSET)
        postal_code = d.pop("postalCode", UNSET)
        country = d.pop("country", UNSET)
        update_contact_info_postal_address = cls(
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            postal_code=postal_code,
            country=country,
        )

        update_contact_info_postal_address.additional_properties = d
        return update_contact_info_postal_address
