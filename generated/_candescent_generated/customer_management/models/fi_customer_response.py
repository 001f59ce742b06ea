from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text

if TYPE_CHECKING:
    from ..models.fi_customer_response_channel_infos import FICustomerResponseChannelInfos
    from ..models.fi_customer_response_destinations import FICustomerResponseDestinations
    from ..models.fi_customer_response_fi_id import FICustomerResponseFiId
    from ..models.fi_customer_response_host_credential import FICustomerResponseHostCredential
    from ..models.fi_customer_response_id import FICustomerResponseId
    from ..models.fi_customer_response_person import FICustomerResponsePerson


T = TypeVar("T", bound="FICustomerResponse")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id.to_dict()
            field_dict["id"] = id
        if self.fi_id is not None:
            fi_id = self.fi_id.to_dict()
            field_dict["fiId"] = fi_id
        if self.member_number is not None:
            member_number = self.member_number
            field_dict["memberNumber"] = member_number
        if self.auth_id is not None:
            auth_id = self.auth_id
            field_dict["authId"] = auth_id
        if self.person is not None:
            person = self.person.to_dict()
            field_dict["person"] = person
        if self.channel_infos is not None:
            channel_infos = self.channel_infos.to_dict()
            field_dict["channelInfos"] = channel_infos
        if self.host_credential is not None:
            host_credential = self.host_credential.to_dict()
            field_dict["hostCredential"] = host_credential
        if self.bill_pay_enabled is not None:
            bill_pay_enabled = self.bill_pay_enabled
            field_dict["billPayEnabled"] = bill_pay_enabled
        if self.destinations is not None:
            destinations = self.destinations.to_dict()
            field_dict["destinations"] = destinations
        if self.accepted_disclosure is not None:
            accepted_disclosure = self.accepted_disclosure
            field_dict["acceptedDisclosure"] = accepted_disclosure
        if self.user_type is not None:
            user_type = self.user_type
            field_dict["userType"] = user_type
        if self.ssn is not None:
            ssn = self.ssn
            field_dict["ssn"] = ssn
        if self.mother_maiden_name is not None:
            mother_maiden_name = self.mother_maiden_name
            field_dict["motherMaidenName"] = mother_maiden_name

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fi_customer_response_channel_infos import FICustomerResponseChannelInfos
        from ..models.fi_customer_response_destinations import FICustomerResponseDestinations
        from ..models.fi_customer_response_fi_id import FICustomerResponseFiId
        from ..models.fi_customer_response_host_credential import FICustomerResponseHostCredential
        from ..models.fi_customer_response_id import FICustomerResponseId
        from ..models.fi_customer_response_person import FICustomerResponsePerson

        d = dict(src_dict)
        _id = d.pop("id", None)
        id: FICustomerResponseId | None = None
        if _id is not None:
            id = FICustomerResponseId.from_dict(_id)

        _fi_id = d.pop("fiId", None)
        fi_id: FICustomerResponseFiId | None = None
        if _fi_id is not None:
            fi_id = FICustomerResponseFiId.from_dict(_fi_id)

        _member_number = xml_text(d.pop("memberNumber", None))
        member_number: str | None = None
        if _member_number is not None:
            member_number = _member_number
        _auth_id = xml_text(d.pop("authId", None))
        auth_id: str | None = None
        if _auth_id is not None:
            auth_id = _auth_id
        _person = d.pop("person", None)
        person: FICustomerResponsePerson | None = None
        if _person is not None:
            person = FICustomerResponsePerson.from_dict(_person)

        _channel_infos = d.pop("channelInfos", None)
        channel_infos: FICustomerResponseChannelInfos | None = None
        if _channel_infos is not None:
            channel_infos = FICustomerResponseChannelInfos.from_dict(_channel_infos)

        _host_credential = d.pop("hostCredential", None)
        host_credential: FICustomerResponseHostCredential | None = None
        if _host_credential is not None:
            host_credential = FICustomerResponseHostCredential.from_dict(_host_credential)

        _bill_pay_enabled = xml_text(d.pop("billPayEnabled", None))
        bill_pay_enabled: bool | None = None
        if _bill_pay_enabled is not None:
            bill_pay_enabled = _bill_pay_enabled
        _destinations = d.pop("destinations", None)
        destinations: FICustomerResponseDestinations | None = None
        if _destinations is not None:
            destinations = FICustomerResponseDestinations.from_dict(_destinations)

        _accepted_disclosure = xml_text(d.pop("acceptedDisclosure", None))
        accepted_disclosure: bool | None = None
        if _accepted_disclosure is not None:
            accepted_disclosure = _accepted_disclosure
        _user_type = xml_text(d.pop("userType", None))
        user_type: str | None = None
        if _user_type is not None:
            user_type = _user_type
        _ssn = xml_text(d.pop("ssn", None))
        ssn: str | None = None
        if _ssn is not None:
            ssn = _ssn
        _mother_maiden_name = xml_text(d.pop("motherMaidenName", None))
        mother_maiden_name: str | None = None
        if _mother_maiden_name is not None:
            mother_maiden_name = _mother_maiden_name
        fi_customer_response = cls(
            id=id,
            fi_id=fi_id,
            member_number=member_number,
            auth_id=auth_id,
            person=person,
            channel_infos=channel_infos,
            host_credential=host_credential,
            bill_pay_enabled=bill_pay_enabled,
            destinations=destinations,
            accepted_disclosure=accepted_disclosure,
            user_type=user_type,
            ssn=ssn,
            mother_maiden_name=mother_maiden_name,
        )

        fi_customer_response.additional_properties = d
        return fi_customer_response
