from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="FICustomerResponsePersonContactInfoPhoneNumberItem")


@_attrs_define
class FICustomerResponsePersonContactInfoPhoneNumberItem(_Model):
    """
    Attributes:
        number (str | Unset):
        country_code (str | Unset):
    """

    number: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        number = self.number
        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = xml_text(d.pop("number", UNSET))
        country_code = xml_text(d.pop("countryCode", UNSET))
        fi_customer_response_person_contact_info_phone_number_item = cls(
            number=number,
            country_code=country_code,
        )

        fi_customer_response_person_contact_info_phone_number_item.additional_properties = d
        return fi_customer_response_person_contact_info_phone_number_item
