from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.bb_registration_user_type import BbRegistrationUserType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only


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
        d = dict(src_dict)
        _self = cls(
            email=d.pop("email"),
            first_name=d.pop("firstName"),
            last_name=d.pop("lastName"),
            middle_name=d.pop("middleName", None),
            phone_number=d.pop("phoneNumber", None),
            user_type=None if (v := d.pop("userType", None)) is None else enum_member(BbRegistrationUserType, v),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
