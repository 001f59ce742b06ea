from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "fiId",
        "memberNumber",
        "authId",
        "person",
        "channelInfos",
        "hostCredential",
        "billPayEnabled",
        "destinations",
        "acceptedDisclosure",
        "userType",
        "ssn",
        "motherMaidenName",
    }
)


@_attrs_define
class FICustomerResponse(_Model):
    """
    Attributes:
        id (FICustomerResponseId): The new customer's GUID (type GUID).
        fi_id (FICustomerResponseFiId): value: the institution's five-digit id.
        member_number (str):
        auth_id (str): The authentication id assigned to the customer.
        person (FICustomerResponsePerson):
        channel_infos (FICustomerResponseChannelInfos):
        host_credential (FICustomerResponseHostCredential): The customer's host login id.
        bill_pay_enabled (bool): Whether the customer has bill pay.
        destinations (FICustomerResponseDestinations): Where one-time passcodes can be sent: contactInfo (masked),
            protocol (VOICE, EMAIL or SMS), activated.
        accepted_disclosure (bool): Whether the customer accepted the disclosure.
        user_type (str): The customer's role, e.g. PRIMARY.
        ssn (str): The social security number as the platform returns it.
        mother_maiden_name (str):
    """

    id: FICustomerResponseId | None = None
    fi_id: FICustomerResponseFiId | None = None
    member_number: str | None = None
    auth_id: str | None = None
    person: FICustomerResponsePerson | None = None
    channel_infos: FICustomerResponseChannelInfos | None = None
    host_credential: FICustomerResponseHostCredential | None = None
    bill_pay_enabled: bool | None = None
    destinations: FICustomerResponseDestinations | None = None
    accepted_disclosure: bool | None = None
    user_type: str | None = None
    ssn: str | None = _attrs_field(repr=False, default=None)
    mother_maiden_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id.to_dict()
        if self.fi_id is not None:
            field_dict["fiId"] = self.fi_id.to_dict()
        if self.member_number is not None:
            field_dict["memberNumber"] = self.member_number
        if self.auth_id is not None:
            field_dict["authId"] = self.auth_id
        if self.person is not None:
            field_dict["person"] = self.person.to_dict()
        if self.channel_infos is not None:
            field_dict["channelInfos"] = self.channel_infos.to_dict()
        if self.host_credential is not None:
            field_dict["hostCredential"] = self.host_credential.to_dict()
        if self.bill_pay_enabled is not None:
            field_dict["billPayEnabled"] = self.bill_pay_enabled
        if self.destinations is not None:
            field_dict["destinations"] = self.destinations.to_dict()
        if self.accepted_disclosure is not None:
            field_dict["acceptedDisclosure"] = self.accepted_disclosure
        if self.user_type is not None:
            field_dict["userType"] = self.user_type
        if self.ssn is not None:
            field_dict["ssn"] = self.ssn
        if self.mother_maiden_name is not None:
            field_dict["motherMaidenName"] = self.mother_maiden_name

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.id = None if (v := src_dict.get("id")) is None else FICustomerResponseId.from_dict(v)
        _self.fi_id = None if (v := src_dict.get("fiId")) is None else FICustomerResponseFiId.from_dict(v)
        _self.member_number = xml_text(src_dict.get("memberNumber"))
        _self.auth_id = xml_text(src_dict.get("authId"))
        _self.person = None if (v := src_dict.get("person")) is None else FICustomerResponsePerson.from_dict(v)
        _self.channel_infos = (
            None if (v := src_dict.get("channelInfos")) is None else FICustomerResponseChannelInfos.from_dict(v)
        )
        _self.host_credential = (
            None if (v := src_dict.get("hostCredential")) is None else FICustomerResponseHostCredential.from_dict(v)
        )
        _self.bill_pay_enabled = xml_text(src_dict.get("billPayEnabled"))
        _self.destinations = (
            None if (v := src_dict.get("destinations")) is None else FICustomerResponseDestinations.from_dict(v)
        )
        _self.accepted_disclosure = xml_text(src_dict.get("acceptedDisclosure"))
        _self.user_type = xml_text(src_dict.get("userType"))
        _self.ssn = xml_text(src_dict.get("ssn"))
        _self.mother_maiden_name = xml_text(src_dict.get("motherMaidenName"))
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.fi_customer_response_channel_infos import FICustomerResponseChannelInfos
from ..models.fi_customer_response_destinations import FICustomerResponseDestinations
from ..models.fi_customer_response_fi_id import FICustomerResponseFiId
from ..models.fi_customer_response_host_credential import FICustomerResponseHostCredential
from ..models.fi_customer_response_id import FICustomerResponseId
from ..models.fi_customer_response_person import FICustomerResponsePerson
