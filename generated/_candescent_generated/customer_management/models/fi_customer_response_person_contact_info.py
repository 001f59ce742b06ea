from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text

T = TypeVar("T", bound="FICustomerResponsePersonContactInfo")


@_attrs_define
class FICustomerResponsePersonContactInfo(_Model):
    """
    Attributes:
        email_address (str):
        postal_address (list[FICustomerResponsePersonContactInfoPostalAddressItem]):
        phone_number (list[FICustomerResponsePersonContactInfoPhoneNumberItem]):
    """

    email_address: str | None = None
    postal_address: list[FICustomerResponsePersonContactInfoPostalAddressItem] | None = None
    phone_number: list[FICustomerResponsePersonContactInfoPhoneNumberItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.email_address is not None:
            field_dict["emailAddress"] = self.email_address
        if self.postal_address is not None:
            field_dict["postalAddress"] = []
            for postal_address_item_data in self.postal_address:
                postal_address_item = postal_address_item_data.to_dict()
                field_dict["postalAddress"].append(postal_address_item)

        if self.phone_number is not None:
            field_dict["phoneNumber"] = []
            for phone_number_item_data in self.phone_number:
                phone_number_item = phone_number_item_data.to_dict()
                field_dict["phoneNumber"].append(phone_number_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email_address = xml_text(d.pop("emailAddress", None))
        _postal_address = d.pop("postalAddress", None)
        postal_address = (
            None
            if _postal_address is None
            else [FICustomerResponsePersonContactInfoPostalAddressItem.from_dict(item) for item in _postal_address]
        )
        _phone_number = d.pop("phoneNumber", None)
        phone_number = (
            None
            if _phone_number is None
            else [FICustomerResponsePersonContactInfoPhoneNumberItem.from_dict(item) for item in _phone_number]
        )
        fi_customer_response_person_contact_info = cls(
            email_address=email_address,
            postal_address=postal_address,
            phone_number=phone_number,
        )

        object.__setattr__(fi_customer_response_person_contact_info, "additional_properties", d)  # no on-setattr hooks
        return fi_customer_response_person_contact_info


from ..models.fi_customer_response_person_contact_info_phone_number_item import (
    FICustomerResponsePersonContactInfoPhoneNumberItem,
)
from ..models.fi_customer_response_person_contact_info_postal_address_item import (
    FICustomerResponsePersonContactInfoPostalAddressItem,
)
