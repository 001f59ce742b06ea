from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


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
        d = dict(src_dict)
        _self = cls(
            address=None if (v := d.pop("address", None)) is None else BusinessAddress.from_dict(v),
            email=d.pop("email", None),
            first_name=d.pop("firstName", None),
            last_name=d.pop("lastName", None),
            middle_name=d.pop("middleName", None),
            phone_number=d.pop("phoneNumber", None),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.business_address import BusinessAddress
