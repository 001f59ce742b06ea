from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.destination_protocol import DestinationProtocol
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime


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
        d = dict(src_dict)
        _self = cls(
            id=d.pop("id", None),
            telephone_country_code=d.pop("telephoneCountryCode", None),
            contact_info=d.pop("contactInfo", None),
            protocol=None if (v := d.pop("protocol", None)) is None else enum_member(DestinationProtocol, v),
            is_activated=d.pop("isActivated", None),
            enrolled_date_time=None if (v := d.pop("enrolledDateTime", None)) is None else parse_datetime(v),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
