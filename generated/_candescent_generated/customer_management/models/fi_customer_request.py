from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text

if TYPE_CHECKING:
    from ..models.fi_customer_request_channel_infos import FICustomerRequestChannelInfos
    from ..models.fi_customer_request_fi_id import FICustomerRequestFiId
    from ..models.fi_customer_request_host_credential import FICustomerRequestHostCredential
    from ..models.fi_customer_request_id import FICustomerRequestId
    from ..models.fi_customer_request_person import FICustomerRequestPerson


T = TypeVar("T", bound="FICustomerRequest")


@_attrs_define
class FICustomerRequest(_Model):
    """
    Attributes:
        id (FICustomerRequestId): Send value '0' and type GUID to create a customer.
        fi_id (FICustomerRequestFiId): value: the institution's five-digit id (as in the path).
        member_number (str): The member number at the host: 1 to 16 letters or digits, unique at the institution.
        person (FICustomerRequestPerson):
        channel_infos (FICustomerRequestChannelInfos): The channels to enrol in: channelType TPV_API with the login to
            create (loginId, password).
        accepted_disclosure (str): 'true' or 'false' (a string): whether the customer accepted the disclosure; 'false'
            on create.
        user_type (str): PRIMARY for a new account holder.
        ssn (str): The social security number, exactly nine digits.
        mother_maiden_name (str): Up to 128 characters.
        host_credential (FICustomerRequestHostCredential): password: the customer's host (telephone banking) PIN.
    """

    id: FICustomerRequestId | None = None
    fi_id: FICustomerRequestFiId | None = None
    member_number: str | None = None
    person: FICustomerRequestPerson | None = None
    channel_infos: FICustomerRequestChannelInfos | None = None
    accepted_disclosure: str | None = None
    user_type: str | None = None
    ssn: str | None = _attrs_field(repr=False, default=None)
    mother_maiden_name: str | None = None
    host_credential: FICustomerRequestHostCredential | None = None
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
        if self.person is not None:
            person = self.person.to_dict()
            field_dict["person"] = person
        if self.channel_infos is not None:
            channel_infos = self.channel_infos.to_dict()
            field_dict["channelInfos"] = channel_infos
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
        if self.host_credential is not None:
            host_credential = self.host_credential.to_dict()
            field_dict["hostCredential"] = host_credential

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fi_customer_request_channel_infos import FICustomerRequestChannelInfos
        from ..models.fi_customer_request_fi_id import FICustomerRequestFiId
        from ..models.fi_customer_request_host_credential import FICustomerRequestHostCredential
        from ..models.fi_customer_request_id import FICustomerRequestId
        from ..models.fi_customer_request_person import FICustomerRequestPerson

        d = dict(src_dict)
        _id = d.pop("id", None)
        id: FICustomerRequestId | None = None
        if _id is not None:
            id = FICustomerRequestId.from_dict(_id)

        _fi_id = d.pop("fiId", None)
        fi_id: FICustomerRequestFiId | None = None
        if _fi_id is not None:
            fi_id = FICustomerRequestFiId.from_dict(_fi_id)

        _member_number = xml_text(d.pop("memberNumber", None))
        member_number: str | None = None
        if _member_number is not None:
            member_number = _member_number
        _person = d.pop("person", None)
        person: FICustomerRequestPerson | None = None
        if _person is not None:
            person = FICustomerRequestPerson.from_dict(_person)

        _channel_infos = d.pop("channelInfos", None)
        channel_infos: FICustomerRequestChannelInfos | None = None
        if _channel_infos is not None:
            channel_infos = FICustomerRequestChannelInfos.from_dict(_channel_infos)

        _accepted_disclosure = xml_text(d.pop("acceptedDisclosure", None))
        accepted_disclosure: str | None = None
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
        _host_credential = d.pop("hostCredential", None)
        host_credential: FICustomerRequestHostCredential | None = None
        if _host_credential is not None:
            host_credential = FICustomerRequestHostCredential.from_dict(_host_credential)

        fi_customer_request = cls(
            id=id,
            fi_id=fi_id,
            member_number=member_number,
            person=person,
            channel_infos=channel_infos,
            accepted_disclosure=accepted_disclosure,
            user_type=user_type,
            ssn=ssn,
            mother_maiden_name=mother_maiden_name,
            host_credential=host_credential,
        )

        fi_customer_request.additional_properties = d
        return fi_customer_request
