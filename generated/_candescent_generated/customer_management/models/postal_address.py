from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.postal_address_type import PostalAddressType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"address1", "city", "state", "index", "address2", "address3", "postalCode", "country", "type"}
)


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
        _self = object.__new__(cls)
        _self.address1 = src_dict["address1"]
        _self.city = src_dict["city"]
        _self.state = src_dict["state"]
        _self.index = src_dict.get("index")
        _self.address2 = src_dict.get("address2")
        _self.address3 = src_dict.get("address3")
        _self.postal_code = src_dict.get("postalCode")
        _self.country = src_dict.get("country")
        _self.type_ = None if (v := src_dict.get("type")) is None else enum_member(PostalAddressType, v)
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
