from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.postal_address_type import PostalAddressType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="PostalAddress")


@_attrs_define
class PostalAddress(_Model):
    """
    Attributes:
        address1 (str):
        city (str):
        state (str):
        index (str | Unset): The address's position in the customer's list (a string).
        address2 (str | Unset):
        address3 (str | Unset):
        postal_code (str | Unset):
        country (str | Unset): The country, two letters (ISO 3166).
        type_ (PostalAddressType | Unset): What the address is for: home, work, seasonal or vacation, temporary or tax
            reporting, physical or mailing.
    """

    address1: str
    city: str
    state: str
    index: str | Unset = UNSET
    address2: str | Unset = UNSET
    address3: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    type_: PostalAddressType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        address1 = self.address1
        city = self.city
        state = self.state
        index = self.index
        address2 = self.address2
        address3 = self.address3
        postal_code = self.postal_code
        country = self.country
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = PostalAddressType(self.type_).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address1": address1,
                "city": city,
                "state": state,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if type_ is not UNSET:
            field_dict["type"] = type_

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address1 = d.pop("address1")
        city = d.pop("city")
        state = d.pop("state")
        index = d.pop("index", UNSET)
        address2 = d.pop("address2", UNSET)
        address3 = d.pop("address3", UNSET)
        postal_code = d.pop("postalCode", UNSET)
        country = d.pop("country", UNSET)
        _type_ = d.pop("type", UNSET)
        type_: PostalAddressType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PostalAddressType(_type_)

        postal_address = cls(
            address1=address1,
            city=city,
            state=state,
            index=index,
            address2=address2,
            address3=address3,
            postal_code=postal_code,
            country=country,
            type_=type_,
        )

        postal_address.additional_properties = d
        return postal_address
