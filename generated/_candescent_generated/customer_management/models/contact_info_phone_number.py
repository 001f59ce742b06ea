from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"oldPhoneNumber", "oldCountryCode", "newPhoneNumber", "newCountryCode"})


@_attrs_define
class ContactInfoPhoneNumber(_Model):
    """A phone number to replace: the current number and the new one, each with its country calling code.

    Attributes:
        old_phone_number (str): The number to replace, digits only.
        old_country_code (str): Its country calling code.
        new_phone_number (str): The new number, digits only.
        new_country_code (str): Its country calling code.
    """

    old_phone_number: str | None = None
    old_country_code: str | None = None
    new_phone_number: str | None = None
    new_country_code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.old_phone_number is not None:
            field_dict["oldPhoneNumber"] = self.old_phone_number
        if self.old_country_code is not None:
            field_dict["oldCountryCode"] = self.old_country_code
        if self.new_phone_number is not None:
            field_dict["newPhoneNumber"] = self.new_phone_number
        if self.new_country_code is not None:
            field_dict["newCountryCode"] = self.new_country_code

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.old_phone_number = src_dict.get("oldPhoneNumber")
        _self.old_country_code = src_dict.get("oldCountryCode")
        _self.new_phone_number = src_dict.get("newPhoneNumber")
        _self.new_country_code = src_dict.get("newCountryCode")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
