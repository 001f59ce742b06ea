from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bb_registration_user_user_type import BbRegistrationUserUserType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="BbRegistrationUser")


@_attrs_define
class BbRegistrationUser(_Model):
    """
    Attributes:
        first_name (str):
        last_name (str):
        email (str):
        middle_name (str | Unset):
        phone_number (str | Unset):
        user_type (BbRegistrationUserUserType | Unset):
    """

    first_name: str
    last_name: str
    email: str
    middle_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    user_type: BbRegistrationUserUserType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        first_name = self.first_name
        last_name = self.last_name
        email = self.email
        middle_name = self.middle_name
        phone_number = self.phone_number
        user_type: str | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = BbRegistrationUserUserType(self.user_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "email": email,
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
        first_name = d.pop("firstName")
        last_name = d.pop("lastName")
        email = d.pop("email")
        middle_name = d.pop("middleName", UNSET)
        phone_number = d.pop("phoneNumber", UNSET)
        _user_type = d.pop("userType", UNSET)
        user_type: BbRegistrationUserUserType | Unset
        if isinstance(_user_type, Unset):
            user_type = UNSET
        else:
            user_type = BbRegistrationUserUserType(_user_type)

        bb_registration_user = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            middle_name=middle_name,
            phone_number=phone_number,
            user_type=user_type,
        )

        bb_registration_user.additional_properties = d
        return bb_registration_user
