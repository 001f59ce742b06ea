from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.protocol import Protocol
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime


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
        d = dict(src_dict)
        _self = cls(
            contact_info=d.pop("contactInfo"),
            protocol=enum_member(Protocol, d.pop("protocol")),
            enrolled_date_time=None if (v := d.pop("enrolledDateTime", None)) is None else parse_datetime(v),
            telephone_country_code=d.pop("telephoneCountryCode", None),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
