from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="FICustomerResponsePersonPersonName")


@_attrs_define
class FICustomerResponsePersonPersonName(_Model):
    """
    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        middle_name (str | Unset):
        title_prefix (str | Unset):
        suffix (str | Unset):
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    title_prefix: str | Unset = UNSET
    suffix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        first_name = self.first_name
        last_name = self.last_name
        middle_name = self.middle_name
        title_prefix = self.title_prefix
        suffix = self.suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if title_prefix is not UNSET:
            field_dict["titlePrefix"] = title_prefix
        if suffix is not UNSET:
            field_dict["suffix"] = suffix

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = xml_text(d.pop("firstName", UNSET))
        last_name = xml_text(d.pop("lastName", UNSET))
        middle_name = xml_text(d.pop("middleName", UNSET))
        title_prefix = xml_text(d.pop("titlePrefix", UNSET))
        suffix = xml_text(d.pop("suffix", UNSET))
        fi_customer_response_person_person_name = cls(
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            title_prefix=title_prefix,
            suffix=suffix,
        )

        fi_customer_response_person_person_name.additional_properties = d
        return fi_customer_response_person_person_name
