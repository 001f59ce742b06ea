from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.postal_address_type import PostalAddressType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only


@_attrs_define
class PostalAddress(_Model):
    """
    Attributes:
        address1 (str):
        city (str):
        state (str):
        index (str): The address's position in the customer's list (a string).
        address2 (str):
        address3 (str):
        postal_code (str):
        country (str): The country, two letters (ISO 3166).
        type_ (PostalAddressType): What the address is for: home, work, seasonal or vacation, temporary or tax
            reporting, physical or mailing.
    """

    address1: str
    city: str
    state: str
    index: str | None = None
    address2: str | None = None
    address3: str | None = None
    postal_code: str | None = None
    country: str | None = None
    type_: PostalAddressType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["address1"] = self.address1
        field_dict["city"] = self.city
        field_dict["state"] = self.state
        if self.index is not None:
            field_dict["index"] = self.index
        if self.address2 is not None:
            field_dict["address2"] = self.address2
        if self.address3 is not None:
            field_dict["address3"] = self.address3
        if self.postal_code is not None:
            field_dict["postalCode"] = self.postal_code
        if self.country is not None:
            field_dict["country"] = self.country
        if self.type_ is not None:
            field_dict["type"] = PostalAddressType(self.type_).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self = cls(
            address1=d.pop("address1"),
            city=d.pop("city"),
            state=d.pop("state"),
            index=d.pop("index", None),
            address2=d.pop("address2", None),
            address3=d.pop("address3", None),
            postal_code=d.pop("postalCode", None),
            country=d.pop("country", None),
            type_=None if (v := d.pop("type", None)) is None else enum_member(PostalAddressType, v),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
