from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="AdditionalInfoEntry")


@_attrs_define
class AdditionalInfoEntry(_Model):
    """One key/value pair.

    Attributes:
        key (str | Unset): The entry's name, e.g. recipientPassCode or recipientAccountType.
        value (str | Unset): The value; it can be a credential (recipientPassCode), so it is kept out of repr().
    """

    key: str | Unset = UNSET
    value: str | Unset = _attrs_field(repr=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        key = self.key
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        value = d.pop("value", UNSET)
        additional_info_entry = cls(
            key=key,
            value=value,
        )

        additional_info_entry.additional_properties = d
        return additional_info_entry
