from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"address", "email", "firstName", "lastName", "middleName", "phoneNumber"})


@_attrs_define
class BusinessContact(_Model):
    """A business's contact person.

    Attributes:
        address (BusinessAddress): The business's postal address.
        email (str):
        first_name (str):
        last_name (str):
        middle_name (str):
        phone_number (str): A US-style phone number, optionally with a +country code (e.g. +1 555-010-0100).
    """

    address: BusinessAddress | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    middle_name: str | None = None
    phone_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.address is not None:
            field_dict["address"] = self.address.to_dict()
        if self.email is not None:
            field_dict["email"] = self.email
        if self.first_name is not None:
            field_dict["firstName"] = self.first_name
        if self.last_name is not None:
            field_dict["lastName"] = self.last_name
        if self.middle_name is not None:
            field_dict["middleName"] = self.middle_name
        if self.phone_number is not None:
            field_dict["phoneNumber"] = self.phone_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.address = None if (v := src_dict.get("address")) is None else BusinessAddress.from_dict(v)
        _self.email = src_dict.get("email")
        _self.first_name = src_dict.get("firstName")
        _self.last_name = src_dict.get("lastName")
        _self.middle_name = src_dict.get("middleName")
        _self.phone_number = src_dict.get("phoneNumber")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.business_address import BusinessAddress
