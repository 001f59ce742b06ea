from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"emailAddress", "emailReminder"})


@_attrs_define
class ContactInfo1(_Model):
    """
    Attributes:
        email_address (str):
        email_reminder (str): The email reminder's date, yyyy-MM-dd±hh:mm (a date with the institution's offset).
    """

    email_address: str | None = None
    email_reminder: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.email_address is not None:
            field_dict["emailAddress"] = self.email_address
        if self.email_reminder is not None:
            field_dict["emailReminder"] = self.email_reminder

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.email_address = src_dict.get("emailAddress")
        _self.email_reminder = src_dict.get("emailReminder")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
