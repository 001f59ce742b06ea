from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_info_user_id_type import ContactInfoUserIdType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.contact_info_email import ContactInfoEmail
    from ..models.contact_info_phone_number import ContactInfoPhoneNumber
    from ..models.update_contact_info_postal_address import UpdateContactInfoPostalAddress


T = TypeVar("T", bound="ContactInfo")


@_attrs_define
class ContactInfo(_Model):
    """The contact details to change; send only the parts that change.

    Attributes:
        user_id_type (ContactInfoUserIdType | Unset): What the path's customerId holds: CUSTOMER_ID (the legacy customer
            GUID; the default) or LOGIN_ID.
        phone_number (ContactInfoPhoneNumber | Unset): A phone number to replace: the current number and the new one,
            each with its country calling code.
        email (ContactInfoEmail | Unset): The new email address.
        postal_address (UpdateContactInfoPostalAddress | Unset): The new postal address.
    """

    user_id_type: ContactInfoUserIdType | Unset = UNSET
    phone_number: ContactInfoPhoneNumber | Unset = UNSET
    email: ContactInfoEmail | Unset = UNSET
    postal_address: UpdateContactInfoPostalAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        user_id_type: str | Unset = UNSET
        if not isinstance(self.user_id_type, Unset):
            user_id_type = ContactInfoUserIdType(self.user_id_type).value

        phone_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_number, Unset):
            phone_number = self.phone_number.to_dict()
        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()
        postal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_address, Unset):
            postal_address = self.postal_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id_type is not UNSET:
            field_dict["userIdType"] = user_id_type
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if email is not UNSET:
            field_dict["email"] = email
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_info_email import ContactInfoEmail
        from ..models.contact_info_phone_number import ContactInfoPhoneNumber
        from ..models.update_contact_info_postal_address import UpdateContactInfoPostalAddress

        d = dict(src_dict)
        _user_id_type = d.pop("userIdType", UNSET)
        user_id_type: ContactInfoUserIdType | Unset
        if isinstance(_user_id_type, Unset):
            user_id_type = UNSET
        else:
            user_id_type = ContactInfoUserIdType(_user_id_type)

        _phone_number = d.pop("phoneNumber", UNSET)
        phone_number: ContactInfoPhoneNumber | Unset
        if isinstance(_phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = ContactInfoPhoneNumber.from_dict(_phone_number)

        _email = d.pop("email", UNSET)
        email: ContactInfoEmail | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = ContactInfoEmail.from_dict(_email)

        _postal_address = d.pop("postalAddress", UNSET)
        postal_address: UpdateContactInfoPostalAddress | Unset
        if isinstance(_postal_address, Unset):
            postal_address = UNSET
        else:
            postal_address = UpdateContactInfoPostalAddress.from_dict(_postal_address)

        contact_info = cls(
            user_id_type=user_id_type,
            phone_number=phone_number,
            email=email,
            postal_address=postal_address,
        )

        contact_info.additional_properties = d
        return contact_info
