from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

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
        id (FICustomerRequestId | Unset): Send value '0' and type GUID to create a customer.
        fi_id (FICustomerRequestFiId | Unset): value: the institution's five-digit id (as in the path).
        member_number (str | Unset): The member number at the host: 1 to 16 letters or digits, unique at the
            institution.
        person (FICustomerRequestPerson | Unset):
        channel_infos (FICustomerRequestChannelInfos | Unset): The channels to enrol in: channelType TPV_API with the
            login to create (loginId, password).
        accepted_disclosure (str | Unset): 'true' or 'false' (a string): whether the customer accepted the disclosure;
            'false' on create.
        user_type (str | Unset): PRIMARY for a new account holder.
        ssn (str | Unset): The social security number, exactly nine digits.
        mother_maiden_name (str | Unset): Up to 128 characters.
        host_credential (FICustomerRequestHostCredential | Unset): password: the customer's host (telephone banking)
            PIN.
    """

    id: FICustomerRequestId | Unset = UNSET
    fi_id: FICustomerRequestFiId | Unset = UNSET
    member_number: str | Unset = UNSET
    person: FICustomerRequestPerson | Unset = UNSET
    channel_infos: FICustomerRequestChannelInfos | Unset = UNSET
    accepted_disclosure: str | Unset = UNSET
    user_type: str | Unset = UNSET
    ssn: str | Unset = _attrs_field(repr=False, default=UNSET)
    mother_maiden_name: str | Unset = UNSET
    host_credential: FICustomerRequestHostCredential | Unset = UNSET
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
        person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.person, Unset):
            person = self.person.to_dict()
        channel_infos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_infos, Unset):
            channel_infos = self.channel_infos.to_dict()
        accepted_disclosure = self.accepted_disclosure
        user_type = self.user_type
        ssn = self.ssn
        mother_maiden_name = self.mother_maiden_name
        host_credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_credential, Unset):
            host_credential = self.host_credential.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if fi_id is not UNSET:
            field_dict["fiId"] = fi_id
        if member_number is not UNSET:
            field_dict["memberNumber"] = member_number
        if person is not UNSET:
            field_dict["person"] = person
        if channel_infos is not UNSET:
            field_dict["channelInfos"] = channel_infos
        if accepted_disclosure is not UNSET:
            field_dict["acceptedDisclosure"] = accepted_disclosure
        if user_type is not UNSET:
            field_dict["userType"] = user_type
        if ssn is not UNSET:
            field_dict["ssn"] = ssn
        if mother_maiden_name is not UNSET:
            field_dict["motherMaidenName"] = mother_maiden_name
        if host_credential is not UNSET:
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
        _id = d.pop("id", UNSET)
        id: FICustomerRequestId | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = FICustomerRequestId.from_dict(_id)

        _fi_id = d.pop("fiId", UNSET)
        fi_id: FICustomerRequestFiId | Unset
        if isinstance(_fi_id, Unset):
            fi_id = UNSET
        else:
            fi_id = FICustomerRequestFiId.from_dict(_fi_id)

        member_number = xml_text(d.pop("memberNumber", UNSET))
        _person = d.pop("person", UNSET)
        person: FICustomerRequestPerson | Unset
        if isinstance(_person, Unset):
            person = UNSET
        else:
            person = FICustomerRequestPerson.from_dict(_person)

        _channel_infos = d.pop("channelInfos", UNSET)
        channel_infos: FICustomerRequestChannelInfos | Unset
        if isinstance(_channel_infos, Unset):
            channel_infos = UNSET
        else:
            channel_infos = FICustomerRequestChannelInfos.from_dict(_channel_infos)

        accepted_disclosure = xml_text(d.pop("acceptedDisclosure", UNSET))
        user_type = xml_text(d.pop("userType", UNSET))
        ssn = xml_text(d.pop("ssn", UNSET))
        mother_maiden_name = xml_text(d.pop("motherMaidenName", UNSET))
        _host_credential = d.pop("hostCredential", UNSET)
        host_credential: FICustomerRequestHostCredential | Unset
        if isinstance(_host_credential, Unset):
            host_credential = UNSET
        else:
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
