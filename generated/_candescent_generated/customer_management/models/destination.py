from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination_protocol import DestinationProtocol
from ..types import UNSET, Unset, keys_only, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="Destination")


@_attrs_define
class Destination(_Model):
    """
    Attributes:
        id (str | Unset): The method's id: pass it as contactMethodId to resetPassword.
        telephone_country_code (str | Unset): The phone number's country calling code, e.g. +1.
        contact_info (str | Unset): The phone number or email address, masked.
        protocol (DestinationProtocol | Unset): How a passcode is delivered: SMS, VOICE (a call) or EMAIL.
        is_activated (bool | Unset): Whether the method can receive passcodes.
        enrolled_date_time (datetime.datetime | Unset): When the method was enrolled.
    """

    id: str | Unset = UNSET
    telephone_country_code: str | Unset = UNSET
    contact_info: str | Unset = UNSET
    protocol: DestinationProtocol | Unset = UNSET
    is_activated: bool | Unset = UNSET
    enrolled_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id = self.id
        telephone_country_code = self.telephone_country_code
        contact_info = self.contact_info
        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = DestinationProtocol(self.protocol).value

        is_activated = self.is_activated
        enrolled_date_time: str | Unset = UNSET
        if not isinstance(self.enrolled_date_time, Unset):
            enrolled_date_time = self.enrolled_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if telephone_country_code is not UNSET:
            field_dict["telephoneCountryCode"] = telephone_country_code
        if contact_info is not UNSET:
            field_dict["contactInfo"] = contact_info
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if is_activated is not UNSET:
            field_dict["isActivated"] = is_activated
        if enrolled_date_time is not UNSET:
            field_dict["enrolledDateTime"] = enrolled_date_time

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        telephone_country_code = d.pop("telephoneCountryCode", UNSET)
        contact_info = d.pop("contactInfo", UNSET)
        _protocol = d.pop("protocol", UNSET)
        protocol: DestinationProtocol | Unset
        if isinstance(_protocol, Unset):
            protocol = UNSET
        else:
            protocol = DestinationProtocol(_protocol)

        is_activated = d.pop("isActivated", UNSET)
        _enrolled_date_time = d.pop("enrolledDateTime", UNSET)
        enrolled_date_time: datetime.datetime | Unset
        if isinstance(_enrolled_date_time, Unset):
            enrolled_date_time = UNSET
        else:
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
