from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.business_address import BusinessAddress


T = TypeVar("T", bound="BusinessContact")


@_attrs_define
class BusinessContact(_Model):
    """A business's contact person.

    Attributes:
        address (BusinessAddress | Unset): The business's postal address.
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        middle_name (str | Unset):
        phone_number (str | Unset): A US-style phone number, optionally with a +country code (e.g. +1 555-010-0100).
    """

    address: BusinessAddress | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        email = self.email
        first_name = self.first_name
        last_name = self.last_name
        middle_name = self.middle_name
        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.business_address import BusinessAddress

        d = dict(src_dict)
        _address = d.pop("address", UNSET)
        address: BusinessAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = BusinessAddress.from_dict(_address)

        email = d.pop("email", UNSET)
        first_name = d.pop("firstName", UNSET)
        last_name = d.pop("lastName", UNSET)
        middle_name = d.pop("middleName", UNSET)
        phone_number = d.pop("phoneNumber", UNSET)
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
