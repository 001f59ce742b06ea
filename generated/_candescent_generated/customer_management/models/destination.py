from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination_protocol import DestinationProtocol
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, parse_datetime

T = TypeVar("T", bound="Destination")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        if self.telephone_country_code is not None:
            telephone_country_code = self.telephone_country_code
            field_dict["telephoneCountryCode"] = telephone_country_code
        if self.contact_info is not None:
            contact_info = self.contact_info
            field_dict["contactInfo"] = contact_info
        if self.protocol is not None:
            protocol = DestinationProtocol(self.protocol).value
            field_dict["protocol"] = protocol
        if self.is_activated is not None:
            is_activated = self.is_activated
            field_dict["isActivated"] = is_activated
        if self.enrolled_date_time is not None:
            enrolled_date_time = self.enrolled_date_time.isoformat()
            field_dict["enrolledDateTime"] = enrolled_date_time

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", None)
        id: str | None = None
        if _id is not None:
            id = _id
        _telephone_country_code = d.pop("telephoneCountryCode", None)
        telephone_country_code: str | None = None
        if _telephone_country_code is not None:
            telephone_country_code = _telephone_country_code
        _contact_info = d.pop("contactInfo", None)
        contact_info: str | None = None
        if _contact_info is not None:
            contact_info = _contact_info
        _protocol = d.pop("protocol", None)
        protocol: DestinationProtocol | None = None
        if _protocol is not None:
            protocol = DestinationProtocol(_protocol)

        _is_activated = d.pop("isActivated", None)
        is_activated: bool | None = None
        if _is_activated is not None:
            is_activated = _is_activated
        _enrolled_date_time = d.pop("enrolledDateTime", None)
        enrolled_date_time: datetime.datetime | None = None
        if _enrolled_date_time is not None:
            enrolled_date_time = parse_datetime(_enrolled_date_time)

        destination = cls(
            id=id,
            telephone_country_code=telephone_country_code,
            contact_info=contact_info,
            protocol=protocol,
            is_activated=is_activated,
            enrolled_date_time=enrolled_date_time,
        )

        destination.additional_properties = d
        return destination
