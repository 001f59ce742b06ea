from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.fi_customer_response_person_contact_info_phone_number_item import (
        FICustomerResponsePersonContactInfoPhoneNumberItem,
    )
    from ..models.fi_customer_response_person_contact_info_postal_address_item import (
        FICustomerResponsePersonContactInfoPostalAddressItem,
    )


T = TypeVar("T", bound="FICustomerResponsePersonContactInfo")


@_attrs_define
class FICustomerResponsePersonContactInfo(_Model):
    """
    Attributes:
        email_address (str | Unset):
        postal_address (list[FICustomerResponsePersonContactInfoPostalAddressItem] | Unset):
        phone_number (list[FICustomerResponsePersonContactInfoPhoneNumberItem] | Unset):
    """

    email_address: str | Unset = UNSET
    postal_address: list[FICustomerResponsePersonContactInfoPostalAddressItem] | Unset = UNSET
    phone_number: list[FICustomerResponsePersonContactInfoPhoneNumberItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        email_address = self.email_address
        postal_address: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postal_address, Unset):
            postal_address = []
            for postal_address_item_data in self.postal_address:
                postal_address_item = postal_address_item_data.to_dict()
                postal_address.append(postal_address_item)

        phone_number: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_number, Unset):
            phone_number = []
            for phone_number_item_data in self.phone_number:
                phone_number_item = phone_number_item_data.to_dict()
                phone_number.append(phone_number_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fi_customer_response_person_contact_info_phone_number_item import (
            FICustomerResponsePersonContactInfoPhoneNumberItem,
        )
        from ..models.fi_customer_response_person_contact_info_postal_address_item import (
            FICustomerResponsePersonContactInfoPostalAddressItem,
        )

        d = dict(src_dict)
        email_address = xml_text(d.pop("emailAddress", UNSET))
        _postal_address = d.pop("postalAddress", UNSET)
        postal_address: list[FICustomerResponsePersonContactInfoPostalAddressItem] | Unset = UNSET
        if _postal_address is not UNSET:
            postal_address = []
            for postal_address_item_data in _postal_address:
                postal_address_item = FICustomerResponsePersonContactInfoPostalAddressItem.from_dict(
                    postal_address_item_data
                )

                postal_address.append(postal_address_item)

        _phone_number = d.pop("phoneNumber", UNSET)
        phone_number: list[FICustomerResponsePersonContactInfoPhoneNumberItem] | Unset = UNSET
        if _phone_number is not UNSET:
            phone_number = []
            for phone_number_item_data in _phone_number:
                phone_number_item = FICustomerResponsePersonContactInfoPhoneNumberItem.from_dict(phone_number_item_data)

                phone_number.append(phone_number_item)

        fi_customer_response_person_contact_info = cls(
            email_address=email_address,
            postal_address=postal_address,
            phone_number=phone_number,
        )

        fi_customer_response_person_contact_info.additional_properties = d
        return fi_customer_response_person_contact_info
