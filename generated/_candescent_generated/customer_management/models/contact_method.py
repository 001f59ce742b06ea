from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.contact_method_protocol import ContactMethodProtocol
from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    enum_member,
    keys_only,
    known_date,
    parse_date,
)

_WIRE_NAMES: frozenset[str] = frozenset(
    {"id", "contactInfo", "telephoneCountryCode", "protocol", "activated", "validated", "enrolledDateTime", "primary"}
)


@_attrs_define
class ContactMethod(_Model):
    """
    Attributes:
        id (str): The method's id: pass it as contactMethodId to resetPassword.
        contact_info (str): The phone number or email address, masked.
        telephone_country_code (str): The phone number's country calling code, e.g. +1.
        protocol (ContactMethodProtocol): How a passcode is delivered: SMS, VOICE (a call) or EMAIL.
        activated (bool): Whether the method can receive passcodes.
        validated (bool): Whether the customer confirmed the method.
        enrolled_date_time (datetime.date): When the method was enrolled (a date, despite the name).
        primary (bool): Whether this is the customer's primary method.
    """

    id: str | None = None
    contact_info: str | None = None
    telephone_country_code: str | None = None
    protocol: ContactMethodProtocol | None = None
    activated: bool | None = None
    validated: bool | None = None
    enrolled_date_time: datetime.date | None = None
    primary: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.contact_info is not None:
            field_dict["contactInfo"] = self.contact_info
        if self.telephone_country_code is not None:
            field_dict["telephoneCountryCode"] = self.telephone_country_code
        if self.protocol is not None:
            field_dict["protocol"] = ContactMethodProtocol(self.protocol).value
        if self.activated is not None:
            field_dict["activated"] = self.activated
        if self.validated is not None:
            field_dict["validated"] = self.validated
        if self.enrolled_date_time is not None:
            field_dict["enrolledDateTime"] = self.enrolled_date_time.isoformat()
        if self.primary is not None:
            field_dict["primary"] = self.primary

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.id = src_dict.get("id")
        _self.contact_info = src_dict.get("contactInfo")
        _self.telephone_country_code = src_dict.get("telephoneCountryCode")
        _self.protocol = None if (v := src_dict.get("protocol")) is None else enum_member(ContactMethodProtocol, v)
        _self.activated = src_dict.get("activated")
        _self.validated = src_dict.get("validated")
        _self.enrolled_date_time = (
            None if (v := src_dict.get("enrolledDateTime")) is None else (known_date(v) or parse_date(v))
        )
        _self.primary = src_dict.get("primary")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
