from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="FICustomerResponsePersonContactInfoPostalAddressItem")


@_attrs_define
class FICustomerResponsePersonContactInfoPostalAddressItem(_Model):
    """
    Attributes:
        address1 (str | Unset):
        address2 (str | Unset):
        address3 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        postal_code (str | Unset):
        country (str | Unset):
    """

    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    address3: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        address1 = self.address1
        address2 = self.address2
        address3 = self.address3
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
        if address3 is not UNSET:
            field_dict["address3"] = address3
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
        address1 = xml_text(d.pop("address1", UNSET))
        address2 = xml_text(d.pop("address2", UNSET))
        address3 = xml_text(d.pop("address3", UNSET))
        city = xml_text(d.pop("city", UNSET))
        state = xml_text(d.pop("state", UNSET))
        postal_code = xml_text(d.pop("postalCode", UNSET))
        country = xml_text(d.pop("country", UNSET))
        fi_customer_response_person_contact_info_postal_address_item = cls(
            address1=address1,
            address2=address2,
            address3=address3,
            city=city,
            state=state,
            postal_code=postal_code,
            country=country,
        )

        fi_customer_response_person_contact_info_postal_address_item.additional_properties = d
        return fi_customer_response_person_contact_info_postal_address_item
