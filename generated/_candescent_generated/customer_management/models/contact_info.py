from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_info_user_id_type import ContactInfoUserIdType
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.contact_info_email import ContactInfoEmail
    from ..models.contact_info_phone_number import ContactInfoPhoneNumber
    from ..models.update_contact_info_postal_address import UpdateContactInfoPostalAddress


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
            user_id_type = ContactInfoUserIdType(self.user_id_type).value
            field_dict["userIdType"] = user_id_type
        if self.phone_number is not None:
            phone_number = self.phone_number.to_dict()
            field_dict["phoneNumber"] = phone_number
        if self.email is not None:
            email = self.email.to_dict()
            field_dict["email"] = email
        if self.postal_address is not None:
            postal_address = self.postal_address.to_dict()
            field_dict["postalAddress"] = postal_address

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_info_email import ContactInfoEmail
        from ..models.contact_info_phone_number import ContactInfoPhoneNumber
        from ..models.update_contact_info_postal_address import UpdateContactInfoPostalAddress

        d = dict(src_dict)
        _user_id_type = d.pop("userIdType", None)
        user_id_type: ContactInfoUserIdType | None = None
        if _user_id_type is not None:
            user_id_type = ContactInfoUserIdType(_user_id_type)

        _phone_number = d.pop("phoneNumber", None)
        phone_number: ContactInfoPhoneNumber | None = None
        if _phone_number is not None:
            phone_number = ContactInfoPhoneNumber.from_dict(_phone_number)

        _email = d.pop("email", None)
        email: ContactInfoEmail | None = None
        if _email is not None:
            email = ContactInfoEmail.from_dict(_email)

        _postal_address = d.pop("postalAddress", None)
        postal_address: UpdateContactInfoPostalAddress | None = None
        if _postal_address is not None:
            postal_address = UpdateContactInfoPostalAddress.from_dict(_postal_address)

        contact_info = cls(
            user_id_type=user_id_type,
            phone_number=phone_number,
            email=email,
            postal_address=postal_address,
        )

        contact_info.additional_properties = d
        return contact_info
