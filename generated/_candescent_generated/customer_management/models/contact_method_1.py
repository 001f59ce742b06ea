from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.contact_method_1_contact_method_type import ContactMethod1ContactMethodType
from ..models.contact_method_1_protocol import ContactMethod1Protocol
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "protocol",
        "id",
        "activated",
        "enrolledDateTime",
        "telephoneCountryCode",
        "contactInfo",
        "validated",
        "host",
        "primary",
        "contactMethodType",
    }
)


@_attrs_define
class ContactMethod1(_Model):
    """
    Attributes:
        protocol (ContactMethod1Protocol): How a passcode is delivered: SMS, VOICE (a call), TOKEN (an authenticator
            token), EMAIL, WHATSAPP_SMS or WHATSAPP_VOICE.
        id (str): The method's id.
        activated (bool): Whether the method can receive passcodes.
        enrolled_date_time (datetime.datetime): When the method was enrolled.
        telephone_country_code (str): The phone number's country calling code, e.g. +1.
        contact_info (str): The phone number or email address, masked.
        validated (bool): Whether the user confirmed the method.
        host (bool): Whether the method comes from the host (core) system's records.
        primary (bool): Whether this is the user's primary method.
        contact_method_type (ContactMethod1ContactMethodType): What the number or address is: a home or business phone
            or cellphone, a fax, a personal or business email, or a secondary one.
    """

    protocol: ContactMethod1Protocol
    id: str | None = None
    activated: bool | None = None
    enrolled_date_time: datetime.datetime | None = None
    telephone_country_code: str | None = None
    contact_info: str | None = None
    validated: bool | None = None
    host: bool | None = None
    primary: bool | None = None
    contact_method_type: ContactMethod1ContactMethodType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["protocol"] = ContactMethod1Protocol(self.protocol).value
        if self.id is not None:
            field_dict["id"] = self.id
        if self.activated is not None:
            field_dict["activated"] = self.activated
        if self.enrolled_date_time is not None:
            field_dict["enrolledDateTime"] = self.enrolled_date_time.isoformat()
        if self.telephone_country_code is not None:
            field_dict["telephoneCountryCode"] = self.telephone_country_code
        if self.contact_info is not None:
            field_dict["contactInfo"] = self.contact_info
        if self.validated is not None:
            field_dict["validated"] = self.validated
        if self.host is not None:
            field_dict["host"] = self.host
        if self.primary is not None:
            field_dict["primary"] = self.primary
        if self.contact_method_type is not None:
            field_dict["contactMethodType"] = ContactMethod1ContactMethodType(self.contact_method_type).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.protocol = enum_member(ContactMethod1Protocol, src_dict["protocol"])
        _self.id = src_dict.get("id")
        _self.activated = src_dict.get("activated")
        _self.enrolled_date_time = None if (v := src_dict.get("enrolledDateTime")) is None else parse_datetime(v)
        _self.telephone_country_code = src_dict.get("telephoneCountryCode")
        _self.contact_info = src_dict.get("contactInfo")
        _self.validated = src_dict.get("validated")
        _self.host = src_dict.get("host")
        _self.primary = src_dict.get("primary")
        _self.contact_method_type = (
            None
            if (v := src_dict.get("contactMethodType")) is None
            else enum_member(ContactMethod1ContactMethodType, v)
        )
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
