from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_method_protocol import ContactMethodProtocol
from ..types import UNSET, Unset, keys_only, parse_date
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="ContactMethod")


@_attrs_define
class ContactMethod(_Model):
    """
    Attributes:
        id (str | Unset): The method's id: pass it as contactMethodId to resetPassword.
        contact_info (str | Unset): The phone number or email address, masked.
        telephone_country_code (str | Unset): The phone number's country calling code, e.g. +1.
        protocol (ContactMethodProtocol | Unset): How a passcode is delivered: SMS, VOICE (a call) or EMAIL.
        activated (bool | Unset): Whether the method can receive passcodes.
        validated (bool | Unset): Whether the customer confirmed the method.
        enrolled_date_time (datetime.date | Unset): When the method was enrolled (a date, despite the name).
        primary (bool | Unset): Whether this is the customer's primary method.
    """

    id: str | Unset = UNSET
    contact_info: str | Unset = UNSET
    telephone_country_code: str | Unset = UNSET
    protocol: ContactMethodProtocol | Unset = UNSET
    activated: bool | Unset = UNSET
    validated: bool | Unset = UNSET
    enrolled_date_time: datetime.date | Unset = UNSET
    primary: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id = self.id
        contact_info = self.contact_info
        telephone_country_code = self.telephone_country_code
        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = ContactMethodProtocol(self.protocol).value

        activated = self.activated
        validated = self.validated
        enrolled_date_time: str | Unset = UNSET
        if not isinstance(self.enrolled_date_time, Unset):
            enrolled_date_time = self.enrolled_date_time.isoformat()
        primary = self.primary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if contact_info is not UNSET:
            field_dict["contactInfo"] = contact_info
        if telephone_country_code is not UNSET:
            field_dict["telephoneCountryCode"] = telephone_country_code
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if activated is not UNSET:
            field_dict["activated"] = activated
        if validated is not UNSET:
            field_dict["validated"] = validated
        if enrolled_date_time is not UNSET:
            field_dict["enrolledDateTime"] = enrolled_date_time
        if primary is not UNSET:
            field_dict["primary"] = primary

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        contact_info = d.pop("contactInfo", UNSET)
        telephone_country_code = d.pop("telephoneCountryCode", UNSET)
        _protocol = d.pop("protocol", UNSET)
        protocol: ContactMethodProtocol | Unset
        if isinstance(_protocol, Unset):
            protocol = UNSET
        else:
            protocol = ContactMethodProtocol(_protocol)

        activated = d.pop("activated", UNSET)
        validated = d.pop("validated", UNSET)
        _enrolled_date_time = d.pop("enrolledDateTime", UNSET)
        enrolled_date_time: datetime.date | Unset
        if isinstance(_enrolled_date_time, Unset):
            enrolled_date_time = UNSET
        else:
            enrolled_date_time = parse_date(_enrolled_date_time)

        primary = d.pop("primary", UNSET)
        contact_method = cls(
            id=id,
            contact_info=contact_info,
            telephone_country_code=telephone_country_code,
            protocol=protocol,
            activated=activated,
            validated=validated,
            enrolled_date_time=enrolled_date_time,
            primary=primary,
        )

        contact_method.additional_properties = d
        return contact_method
