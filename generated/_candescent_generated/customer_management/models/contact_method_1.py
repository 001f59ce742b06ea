from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_method_1_contact_method_type import ContactMethod1ContactMethodType
from ..models.contact_method_1_protocol import ContactMethod1Protocol
from ..types import UNSET, Unset, keys_only, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="ContactMethod1")


@_attrs_define
class ContactMethod1(_Model):
    """
    Attributes:
        protocol (ContactMethod1Protocol): How a passcode is delivered: SMS, VOICE (a call), TOKEN (an authenticator
            token), EMAIL, WHATSAPP_SMS or WHATSAPP_VOICE.
        id (str | Unset): The method's id.
        activated (bool | Unset): Whether the method can receive passcodes.
        enrolled_date_time (datetime.datetime | Unset): When the method was enrolled.
        telephone_country_code (str | Unset): The phone number's country calling code, e.g. +1.
        contact_info (str | Unset): The phone number or email address, masked.
        validated (bool | Unset): Whether the user confirmed the method.
        host (bool | Unset): Whether the method comes from the host (core) system's records.
        primary (bool | Unset): Whether this is the user's primary method.
        contact_method_type (ContactMethod1ContactMethodType | Unset): What the number or address is: a home or business
            phone or cellphone, a fax, a personal or business email, or a secondary one.
    """

    protocol: ContactMethod1Protocol
    id: str | Unset = UNSET
    activated: bool | Unset = UNSET
    enrolled_date_time: datetime.datetime | Unset = UNSET
    telephone_country_code: str | Unset = UNSET
    contact_info: str | Unset = UNSET
    validated: bool | Unset = UNSET
    host: bool | Unset = UNSET
    primary: bool | Unset = UNSET
    contact_method_type: ContactMethod1ContactMethodType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        protocol = ContactMethod1Protocol(self.protocol).value
        id = self.id
        activated = self.activated
        enrolled_date_time: str | Unset = UNSET
        if not isinstance(self.enrolled_date_time, Unset):
            enrolled_date_time = self.enrolled_date_time.isoformat()
        telephone_country_code = self.telephone_country_code
        contact_info = self.contact_info
        validated = self.validated
        host = self.host
        primary = self.primary
        contact_method_type: str | Unset = UNSET
        if not isinstance(self.contact_method_type, Unset):
            contact_method_type = ContactMethod1ContactMethodType(self.contact_method_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if activated is not UNSET:
            field_dict["activated"] = activated
        if enrolled_date_time is not UNSET:
            field_dict["enrolledDateTime"] = enrolled_date_time
        if telephone_country_code is not UNSET:
            field_dict["telephoneCountryCode"] = telephone_country_code
        if contact_info is not UNSET:
            field_dict["contactInfo"] = contact_info
        if validated is not UNSET:
            field_dict["validated"] = validated
        if host is not UNSET:
            field_dict["host"] = host
        if primary is not UNSET:
            field_dict["primary"] = primary
        if contact_method_type is not UNSET:
            field_dict["contactMethodType"] = contact_method_type

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        protocol = ContactMethod1Protocol(d.pop("protocol"))

        id = d.pop("id", UNSET)
        activated = d.pop("activated", UNSET)
        _enrolled_date_time = d.pop("enrolledDateTime", UNSET)
        enrolled_date_time: datetime.datetime | Unset
        if isinstance(_enrolled_date_time, Unset):
            enrolled_date_time = UNSET
        else:
            enrolled_date_time = parse_datetime(_enrolled_date_time)

        telephone_country_code = d.pop("telephoneCountryCode", UNSET)
        contact_info = d.pop("contactInfo", UNSET)
        validated = d.pop("validated", UNSET)
        host = d.pop("host", UNSET)
        primary = d.pop("primary", UNSET)
        _contact_method_type = d.pop("contactMethodType", UNSET)
        contact_method_type: ContactMethod1ContactMethodType | Unset
        if isinstance(_contact_method_type, Unset):
            contact_method_type = UNSET
        else:
            contact_method_type = ContactMethod1ContactMethodType(_contact_method_type)

        contact_method_1 = cls(
            protocol=protocol,
            id=id,
            activated=activated,
            enrolled_date_time=enrolled_date_time,
            telephone_country_code=telephone_country_code,
            contact_info=contact_info,
            validated=validated,
            host=host,
            primary=primary,
            contact_method_type=contact_method_type,
        )

        contact_method_1.additional_properties = d
        return contact_method_1
