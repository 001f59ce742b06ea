from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.business_address import BusinessAddress


T = TypeVar("T", bound="BusinessContact")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.address is not None:
            address = self.address.to_dict()
            field_dict["address"] = address
        if self.email is not None:
            email = self.email
            field_dict["email"] = email
        if self.first_name is not None:
            first_name = self.first_name
            field_dict["firstName"] = first_name
        if self.last_name is not None:
            last_name = self.last_name
            field_dict["lastName"] = last_name
        if self.middle_name is not None:
            middle_name = self.middle_name
            field_dict["middleName"] = middle_name
        if self.phone_number is not None:
            phone_number = self.phone_number
            field_dict["phoneNumber"] = phone_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.business_address import BusinessAddress

        d = dict(src_dict)
        _address = d.pop("address", None)
        address: BusinessAddress | None = None
        if _address is not None:
            address = BusinessAddress.from_dict(_address)

        _email = d.pop("email", None)
        email: str | None = None
        if _email is not None:
            email = _email
        _first_name = d.pop("firstName", None)
        first_name: str | None = None
        if _first_name is not None:
            first_name = _first_name
        _last_name = d.pop("lastName", None)
        last_name: str | None = None
        if _last_name is not None:
            last_name = _last_name
        _middle_name = d.pop("middleName", None)
        middle_name: str | None = None
        if _middle_name is not None:
            middle_name = _middle_name
        _phone_number = d.pop("phoneNumber", None)
        phone_number: str | None = None
        if _phone_number is not None:
            phone_number = _phone_number
        business_contact = cls(
            address=address,
            email=email,
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            phone_number=phone_number,
        )

        business_contact.additional_properties = d
        return business_contact
