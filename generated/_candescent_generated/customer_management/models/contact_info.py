from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.contact_info_user_id_type import ContactInfoUserIdType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"userIdType", "phoneNumber", "email", "postalAddress"})


@_attrs_define
class ContactInfo(_Model):
    """The contact details to change; send only the parts that change.

    Attributes:
        user_id_type (ContactInfoUserIdType): What the path's customerId holds: CUSTOMER_ID (the legacy customer GUID;
            the default) or LOGIN_ID.
        phone_number (ContactInfoPhoneNumber): A phone number to replace: the current number and the new one, each with
            its country calling code.
        email (ContactInfoEmail): The new email address.
        postal_address (UpdateContactInfoPostalAddress): The new postal address.
    """

    user_id_type: ContactInfoUserIdType | None = None
    phone_number: ContactInfoPhoneNumber | None = None
    email: ContactInfoEmail | None = None
    postal_address: UpdateContactInfoPostalAddress | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.user_id_type is not None:
            field_dict["userIdType"] = ContactInfoUserIdType(self.user_id_type).value
        if self.phone_number is not None:
            field_dict["phoneNumber"] = self.phone_number.to_dict()
        if self.email is not None:
            field_dict["email"] = self.email.to_dict()
        if self.postal_address is not None:
            field_dict["postalAddress"] = self.postal_address.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.user_id_type = (
            None if (v := src_dict.get("userIdType")) is None else enum_member(ContactInfoUserIdType, v)
        )
        _self.phone_number = None if (v := src_dict.get("phoneNumber")) is None else ContactInfoPhoneNumber.from_dict(v)
        _self.email = None if (v := src_dict.get("email")) is None else ContactInfoEmail.from_dict(v)
        _self.postal_address = (
            None if (v := src_dict.get("postalAddress")) is None else UpdateContactInfoPostalAddress.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.contact_info_email import ContactInfoEmail
from ..models.contact_info_phone_number import ContactInfoPhoneNumber
from ..models.update_contact_info_postal_address import UpdateContactInfoPostalAddress
