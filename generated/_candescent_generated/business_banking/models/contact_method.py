from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.protocol import Protocol
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset({"contactInfo", "protocol", "enrolledDateTime", "telephoneCountryCode"})


@_attrs_define
class ContactMethod(_Model):
    """A phone number or email address the user can be reached at.

    Attributes:
        contact_info (str): The phone number or the email address.
        protocol (Protocol): How the user is reached there.
        enrolled_date_time (datetime.datetime): When it was registered (ISO 8601).
        telephone_country_code (str): For a phone number: its country calling code, e.g. +1.
    """

    contact_info: str
    protocol: Protocol
    enrolled_date_time: datetime.datetime | None = None
    telephone_country_code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["contactInfo"] = self.contact_info
        field_dict["protocol"] = Protocol(self.protocol).value
        if self.enrolled_date_time is not None:
            field_dict["enrolledDateTime"] = self.enrolled_date_time.isoformat()
        if self.telephone_country_code is not None:
            field_dict["telephoneCountryCode"] = self.telephone_country_code

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.contact_info = src_dict["contactInfo"]
        _self.protocol = enum_member(Protocol, src_dict["protocol"])
        _self.enrolled_date_time = None if (v := src_dict.get("enrolledDateTime")) is None else parse_datetime(v)
        _self.telephone_country_code = src_dict.get("telephoneCountryCode")
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
