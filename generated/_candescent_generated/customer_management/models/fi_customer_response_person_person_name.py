from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text

T = TypeVar("T", bound="FICustomerResponsePersonPersonName")


@_attrs_define
class FICustomerResponsePersonPersonName(_Model):
    """
    Attributes:
        first_name (str):
        last_name (str):
        middle_name (str):
        title_prefix (str):
        suffix (str):
    """

    first_name: str | None = None
    last_name: str | None = None
    middle_name: str | None = None
    title_prefix: str | None = None
    suffix: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.first_name is not None:
            first_name = self.first_name
            field_dict["firstName"] = first_name
        if self.last_name is not None:
            last_name = self.last_name
            field_dict["lastName"] = last_name
        if self.middle_name is not None:
            middle_name = self.middle_name
            field_dict["middleName"] = middle_name
        if self.title_prefix is not None:
            title_prefix = self.title_prefix
            field_dict["titlePrefix"] = title_prefix
        if self.suffix is not None:
            suffix = self.suffix
            field_dict["suffix"] = suffix

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _first_name = xml_text(d.pop("firstName", None))
        first_name: str | None = None
        if _first_name is not None:
            first_name = _first_name
        _last_name = xml_text(d.pop("lastName", None))
        last_name: str | None = None
        if _last_name is not None:
            last_name = _last_name
        _middle_name = xml_text(d.pop("middleName", None))
        middle_name: str | None = None
        if _middle_name is not None:
            middle_name = _middle_name
        _title_prefix = xml_text(d.pop("titlePrefix", None))
        title_prefix: str | None = None
        if _title_prefix is not None:
            title_prefix = _title_prefix
        _suffix = xml_text(d.pop("suffix", None))
        suffix: str | None = None
        if _suffix is not None:
            suffix = _suffix
        fi_customer_response_person_person_name = cls(
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            title_prefix=title_prefix,
            suffix=suffix,
        )

        fi_customer_response_person_person_name.additional_properties = d
        return fi_customer_response_person_person_name
