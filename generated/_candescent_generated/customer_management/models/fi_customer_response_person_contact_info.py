from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset({"emailAddress", "postalAddress", "phoneNumber"})


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
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
        _self = object.__new__(cls)
        _self.email_address = xml_text(src_dict.get("emailAddress"))
        _self.postal_address = (
            None
            if (v := src_dict.get("postalAddress")) is None
            else [FICustomerResponsePersonContactInfoPostalAddressItem.from_dict(item) for item in v]
        )
        _self.phone_number = (
            None
            if (v := src_dict.get("phoneNumber")) is None
            else [FICustomerResponsePersonContactInfoPhoneNumberItem.from_dict(item) for item in v]
        )
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.fi_customer_response_person_contact_info_phone_number_item import (
    FICustomerResponsePersonContactInfoPhoneNumberItem,
)
from ..models.fi_customer_response_person_contact_info_postal_address_item import (
    FICustomerResponsePersonContactInfoPostalAddressItem,
)
