from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

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
        id (FICustomerResponseId | Unset): The new customer's GUID (type GUID).
        fi_id (FICustomerResponseFiId | Unset): value: the institution's five-digit id.
        member_number (str | Unset):
        auth_id (str | Unset): The authentication id assigned to the customer.
        person (FICustomerResponsePerson | Unset):
        channel_infos (FICustomerResponseChannelInfos | Unset):
        host_credential (FICustomerResponseHostCredential | Unset): The customer's host login id.
        bill_pay_enabled (bool | Unset): Whether the customer has bill pay.
        destinations (FICustomerResponseDestinations | Unset): Where one-time passcodes can be sent: contactInfo
            (masked), protocol (VOICE, EMAIL or SMS), activated.
        accepted_disclosure (bool | Unset): Whether the customer accepted the disclosure.
        user_type (str | Unset): The customer's role, e.g. PRIMARY.
        ssn (str | Unset): The social security number as the platform returns it.
        mother_maiden_name (str | Unset):
    """

    id: FICustomerResponseId | Unset = UNSET
    fi_id: FICustomerResponseFiId | Unset = UNSET
    member_number: str | Unset = UNSET
    auth_id: str | Unset = UNSET
    person: FICustomerResponsePerson | Unset = UNSET
    channel_infos: FICustomerResponseChannelInfos | Unset = UNSET
    host_credential: FICustomerResponseHostCredential | Unset = UNSET
    bill_pay_enabled: bool | Unset = UNSET
    destinations: FICustomerResponseDestinations | Unset = UNSET
    accepted_disclosure: bool | Unset = UNSET
    user_type: str | Unset = UNSET
    ssn: str | Unset = _attrs_field(repr=False, default=UNSET)
    mother_maiden_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()
        fi_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fi_id, Unset):
            fi_id = self.fi_id.to_dict()
        member_number = self.member_number
        auth_id = self.auth_id
        person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.person, Unset):
            person = self.person.to_dict()
        channel_infos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_infos, Unset):
            channel_infos = self.channel_infos.to_dict()
        host_credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_credential, Unset):
            host_credential = self.host_credential.to_dict()
        bill_pay_enabled = self.bill_pay_enabled
        destinations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = self.destinations.to_dict()
        accepted_disclosure = self.accepted_disclosure
        user_type = self.user_type
        ssn = self.ssn
        mother_maiden_name = self.mother_maiden_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if fi_id is not UNSET:
            field_dict["fiId"] = fi_id
        if member_number is not UNSET:
            field_dict["memberNumber"] = member_number
        if auth_id is not UNSET:
            field_dict["authId"] = auth_id
        if person is not UNSET:
            field_dict["person"] = person
        if channel_infos is not UNSET:
            field_dict["channelInfos"] = channel_infos
        if host_credential is not UNSET:
            field_dict["hostCredential"] = host_credential
        if bill_pay_enabled is not UNSET:
            field_dict["billPayEnabled"] = bill_pay_enabled
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if accepted_disclosure is not UNSET:
            field_dict["acceptedDisclosure"] = accepted_disclosure
        if user_type is not UNSET:
            field_dict["userType"] = user_type
        if ssn is not UNSET:
            field_dict["ssn"] = ssn
        if mother_maiden_name is not UNSET:
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
        _id = d.pop("id", UNSET)
        id: FICustomerResponseId | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = FICustomerResponseId.from_dict(_id)

        _fi_id = d.pop("fiId", UNSET)
        fi_id: FICustomerResponseFiId | Unset
        if isinstance(_fi_id, Unset):
            fi_id = UNSET
        else:
            fi_id = FICustomerResponseFiId.from_dict(_fi_id)

        member_number = xml_text(d.pop("memberNumber", UNSET))
        auth_id = xml_text(d.pop("authId", UNSET))
        _person = d.pop("person", UNSET)
        person: FICustomerResponsePerson | Unset
        if isinstance(_person, Unset):
            person = UNSET
        else:
            person = FICustomerResponsePerson.from_dict(_person)

        _channel_infos = d.pop("channelInfos", UNSET)
        channel_infos: FICustomerResponseChannelInfos | Unset
        if isinstance(_channel_infos, Unset):
            channel_infos = UNSET
        else:
            channel_infos = FICustomerResponseChannelInfos.from_dict(_channel_infos)

        _host_credential = d.pop("hostCredential", UNSET)
        host_credential: FICustomerResponseHostCredential | Unset
        if isinstance(_host_credential, Unset):
            host_credential = UNSET
        else:
            host_credential = FICustomerResponseHostCredential.from_dict(_host_credential)

        bill_pay_enabled = xml_text(d.pop("billPayEnabled", UNSET))
        _destinations = d.pop("destinations", UNSET)
        destinations: FICustomerResponseDestinations | Unset
        if isinstance(_destinations, Unset):
            destinations = UNSET
        else:
            destinations = FICustomerResponseDestinations.from_dict(_destinations)

        accepted_disclosure = xml_text(d.pop("acceptedDisclosure", UNSET))
        user_type = xml_text(d.pop("userType", UNSET))
        ssn = xml_text(d.pop("ssn", UNSET))
        mother_maiden_name = xml_text(d.pop("motherMaidenName", UNSET))
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
