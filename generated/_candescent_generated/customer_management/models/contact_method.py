from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_method_protocol import ContactMethodProtocol
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, parse_date

T = TypeVar("T", bound="ContactMethod")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        if self.contact_info is not None:
            contact_info = self.contact_info
            field_dict["contactInfo"] = contact_info
        if self.telephone_country_code is not None:
            telephone_country_code = self.telephone_country_code
            field_dict["telephoneCountryCode"] = telephone_country_code
        if self.protocol is not None:
            protocol = ContactMethodProtocol(self.protocol).value
            field_dict["protocol"] = protocol
        if self.activated is not None:
            activated = self.activated
            field_dict["activated"] = activated
        if self.validated is not None:
            validated = self.validated
            field_dict["validated"] = validated
        if self.enrolled_date_time is not None:
            enrolled_date_time = self.enrolled_date_time.isoformat()
            field_dict["enrolledDateTime"] = enrolled_date_time
        if self.primary is not None:
            primary = self.primary
            field_dict["primary"] = primary

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", None)
        id: str | None = None
        if _id is not None:
            id = _id
        _contact_info = d.pop("contactInfo", None)
        contact_info: str | None = None
        if _contact_info is not None:
            contact_info = _contact_info
        _telephone_country_code = d.pop("telephoneCountryCode", None)
        telephone_country_code: str | None = None
        if _telephone_country_code is not None:
            telephone_country_code = _telephone_country_code
        _protocol = d.pop("protocol", None)
        protocol: ContactMethodProtocol | None = None
        if _protocol is not None:
            protocol = ContactMethodProtocol(_protocol)

        _activated = d.pop("activated", None)
        activated: bool | None = None
        if _activated is not None:
            activated = _activated
        _validated = d.pop("validated", None)
        validated: bool | None = None
        if _validated is not None:
            validated = _validated
        _enrolled_date_time = d.pop("enrolledDateTime", None)
        enrolled_date_time: datetime.date | None = None
        if _enrolled_date_time is not None:
            enrolled_date_time = parse_date(_enrolled_date_time)

        _primary = d.pop("primary", None)
        primary: bool | None = None
        if _primary is not None:
            primary = _primary
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
