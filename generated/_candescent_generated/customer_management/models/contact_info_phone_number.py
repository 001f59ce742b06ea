from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="ContactInfoPhoneNumber")


@_attrs_define
class ContactInfoPhoneNumber(_Model):
    """A phone number to replace: the current number and the new one, each with its country calling code.

    Attributes:
        old_phone_number (str | Unset): The number to replace, digits only.
        old_country_code (str | Unset): Its country calling code.
        new_phone_number (str | Unset): The new number, digits only.
        new_country_code (str | Unset): Its country calling code.
    """

    old_phone_number: str | Unset = UNSET
    old_country_code: str | Unset = UNSET
    new_phone_number: str | Unset = UNSET
    new_country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        old_phone_number = self.old_phone_number
        old_country_code = self.old_country_code
        new_phone_number = self.new_phone_number
        new_country_code = self.new_country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if old_phone_number is not UNSET:
            field_dict["oldPhoneNumber"] = old_phone_number
        if old_country_code is not UNSET:
            field_dict["oldCountryCode"] = old_country_code
        if new_phone_number is not UNSET:
            field_dict["newPhoneNumber"] = new_phone_number
        if new_country_code is not UNSET:
            field_dict["newCountryCode"] = new_country_code

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        old_phone_number = d.pop("oldPhoneNumber", UNSET)
        old_country_code = d.pop("oldCountryCode", UNSET)
        new_phone_number = d.pop("newPhoneNumber", UNSET)
        new_country_code = d.pop("newCountryCode", UNSET)
        contact_info_phone_number = cls(
            old_phone_number=old_phone_number,
            old_country_code=old_country_code,
            new_phone_number=new_phone_number,
            new_country_code=new_country_code,
        )

        contact_info_phone_number.additional_properties = d
        return contact_info_phone_number
