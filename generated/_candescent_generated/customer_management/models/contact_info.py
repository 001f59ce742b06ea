from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_info_user_id_type import ContactInfoUserIdType
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import enum_member, keys_only

T = TypeVar("T", bound="ContactInfo")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

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
        d = dict(src_dict)
        _user_id_type = d.pop("userIdType", None)
        user_id_type = None if _user_id_type is None else enum_member(ContactInfoUserIdType, _user_id_type)
        _phone_number = d.pop("phoneNumber", None)
        phone_number = None if _phone_number is None else ContactInfoPhoneNumber.from_dict(_phone_number)
        _email = d.pop("email", None)
        email = None if _email is None else ContactInfoEmail.from_dict(_email)
        _postal_address = d.pop("postalAddress", None)
        postal_address = None if _postal_address is None else UpdateContactInfoPostalAddress.from_dict(_postal_address)
        contact_info = cls(
            user_id_type=user_id_type,
            phone_number=phone_number,
            email=email,
            postal_address=postal_address,
        )

        object.__setattr__(contact_info, "additional_properties", d)  # no on-setattr hooks
        return contact_info


from ..models.contact_info_email import ContactInfoEmail
from ..models.contact_info_phone_number import ContactInfoPhoneNumber
from ..models.update_contact_info_postal_address import UpdateContactInfoPostalAddress
