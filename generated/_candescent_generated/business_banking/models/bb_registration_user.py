from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.bb_registration_user_type import BbRegistrationUserType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"email", "firstName", "lastName", "middleName", "phoneNumber", "userType"})


@_attrs_define
class BbRegistrationUser(_Model):
    """A person to set up with the registration.

    Attributes:
        email (str):
        first_name (str):
        last_name (str):
        middle_name (str):
        phone_number (str): A US-style phone number, optionally with a +country code (e.g. +1 555-010-0100).
        user_type (BbRegistrationUserType): The person's part in the business's online banking.
    """

    email: str
    first_name: str
    last_name: str
    middle_name: str | None = None
    phone_number: str | None = None
    user_type: BbRegistrationUserType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["email"] = self.email
        field_dict["firstName"] = self.first_name
        field_dict["lastName"] = self.last_name
        if self.middle_name is not None:
            field_dict["middleName"] = self.middle_name
        if self.phone_number is not None:
            field_dict["phoneNumber"] = self.phone_number
        if self.user_type is not None:
            field_dict["userType"] = BbRegistrationUserType(self.user_type).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.email = src_dict["email"]
        _self.first_name = src_dict["firstName"]
        _self.last_name = src_dict["lastName"]
        _self.middle_name = src_dict.get("middleName")
        _self.phone_number = src_dict.get("phoneNumber")
        _self.user_type = None if (v := src_dict.get("userType")) is None else enum_member(BbRegistrationUserType, v)
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
