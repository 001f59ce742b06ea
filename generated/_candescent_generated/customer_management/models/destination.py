from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.destination_protocol import DestinationProtocol
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {"id", "telephoneCountryCode", "contactInfo", "protocol", "isActivated", "enrolledDateTime"}
)


@_attrs_define
class Destination(_Model):
    """
    Attributes:
        id (str): The method's id: pass it as contactMethodId to resetPassword.
        telephone_country_code (str): The phone number's country calling code, e.g. +1.
        contact_info (str): The phone number or email address, masked.
        protocol (DestinationProtocol): How a passcode is delivered: SMS, VOICE (a call) or EMAIL.
        is_activated (bool): Whether the method can receive passcodes.
        enrolled_date_time (datetime.datetime): When the method was enrolled.
    """

    id: str | None = None
    telephone_country_code: str | None = None
    contact_info: str | None = None
    protocol: DestinationProtocol | None = None
    is_activated: bool | None = None
    enrolled_date_time: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.telephone_country_code is not None:
            field_dict["telephoneCountryCode"] = self.telephone_country_code
        if self.contact_info is not None:
            field_dict["contactInfo"] = self.contact_info
        if self.protocol is not None:
            field_dict["protocol"] = DestinationProtocol(self.protocol).value
        if self.is_activated is not None:
            field_dict["isActivated"] = self.is_activated
        if self.enrolled_date_time is not None:
            field_dict["enrolledDateTime"] = self.enrolled_date_time.isoformat()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.id = src_dict.get("id")
        _self.telephone_country_code = src_dict.get("telephoneCountryCode")
        _self.contact_info = src_dict.get("contactInfo")
        _self.protocol = None if (v := src_dict.get("protocol")) is None else enum_member(DestinationProtocol, v)
        _self.is_activated = src_dict.get("isActivated")
        _self.enrolled_date_time = None if (v := src_dict.get("enrolledDateTime")) is None else parse_datetime(v)
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
