from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bb_registration_user_type import BbRegistrationUserType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="BbRegistrationUser")


@_attrs_define
class BbRegistrationUser(_Model):
    """A person to set up with the registration.

    Attributes:
        email (str):
        first_name (str):
        last_name (str):
        middle_name (str | Unset):
        phone_number (str | Unset): A US-style phone number, optionally with a +country code (e.g. +1 555-010-0100).
        user_type (BbRegistrationUserType | Unset): The person's part in the business's online banking.
    """

    email: str
    first_name: str
    last_name: str
    middle_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    user_type: BbRegistrationUserType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        email = self.email
        first_name = self.first_name
        last_name = self.last_name
        middle_name = self.middle_name
        phone_number = self.phone_number
        user_type: str | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = BbRegistrationUserType(self.user_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "firstName": first_name,
                "lastName": last_name,
            }
        )
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if user_type is not UNSET:
            field_dict["userType"] = user_type

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")
        first_name = d.pop("firstName")
        last_name = d.pop("lastName")
        middle_name = d.pop("middleName", UNSET)
        phone_number = d.pop("phoneNumber", UNSET)
        _user_type = d.pop("userType", UNSET)
        user_type: BbRegistrationUserType | Unset
        if isinstance(_user_type, Unset):
            user_type = UNSET
        else:
            user_type = BbRegistrationUserType(_user_type)

        bb_registration_user = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            phone_number=phone_number,
            user_type=user_type,
        )

        bb_registration_user.additional_properties = d
        return bb_registration_user
