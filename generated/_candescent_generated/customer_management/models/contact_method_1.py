from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_method_1_contact_method_type import ContactMethod1ContactMethodType
from ..models.contact_method_1_protocol import ContactMethod1Protocol
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, parse_datetime

T = TypeVar("T", bound="ContactMethod1")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        protocol = ContactMethod1Protocol(self.protocol).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
            }
        )
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        if self.activated is not None:
            activated = self.activated
            field_dict["activated"] = activated
        if self.enrolled_date_time is not None:
            enrolled_date_time = self.enrolled_date_time.isoformat()
            field_dict["enrolledDateTime"] = enrolled_date_time
        if self.telephone_country_code is not None:
            telephone_country_code = self.telephone_country_code
            field_dict["telephoneCountryCode"] = telephone_country_code
        if self.contact_info is not None:
            contact_info = self.contact_info
            field_dict["contactInfo"] = contact_info
        if self.validated is not None:
            validated = self.validated
            field_dict["validated"] = validated
        if self.host is not None:
            host = self.host
            field_dict["host"] = host
        if self.primary is not None:
            primary = self.primary
            field_dict["primary"] = primary
        if self.contact_method_type is not None:
            contact_method_type = ContactMethod1ContactMethodType(self.contact_method_type).value
            field_dict["contactMethodType"] = contact_method_type

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        protocol = ContactMethod1Protocol(d.pop("protocol"))

        _id = d.pop("id", None)
        id: str | None = None
        if _id is not None:
            id = _id
        _activated = d.pop("activated", None)
        activated: bool | None = None
        if _activated is not None:
            activated = _activated
        _enrolled_date_time = d.pop("enrolledDateTime", None)
        enrolled_date_time: datetime.datetime | None = None
        if _enrolled_date_time is not None:
            enrolled_date_time = parse_datetime(_enrolled_date_time)

        _telephone_country_code = d.pop("telephoneCountryCode", None)
        telephone_country_code: str | None = None
        if _telephone_country_code is not None:
            telephone_country_code = _telephone_country_code
        _contact_info = d.pop("contactInfo", None)
        contact_info: str | None = None
        if _contact_info is not None:
            contact_info = _contact_info
        _validated = d.pop("validated", None)
        validated: bool | None = None
        if _validated is not None:
            validated = _validated
        _host = d.pop("host", None)
        host: bool | None = None
        if _host is not None:
            host = _host
        _primary = d.pop("primary", None)
        primary: bool | None = None
        if _primary is not None:
            primary = _primary
        _contact_method_type = d.pop("contactMethodType", None)
        contact_method_type: ContactMethod1ContactMethodType | None = None
        if _contact_method_type is not None:
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
