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
        "person",
        "channelInfos",
        "acceptedDisclosure",
        "userType",
        "ssn",
        "motherMaidenName",
        "hostCredential",
    }
)


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id.to_dict()
        if self.fi_id is not None:
            field_dict["fiId"] = self.fi_id.to_dict()
        if self.member_number is not None:
            field_dict["memberNumber"] = self.member_number
        if self.person is not None:
            field_dict["person"] = self.person.to_dict()
        if self.channel_infos is not None:
            field_dict["channelInfos"] = self.channel_infos.to_dict()
        if self.accepted_disclosure is not None:
            field_dict["acceptedDisclosure"] = self.accepted_disclosure
        if self.user_type is not None:
            field_dict["userType"] = self.user_type
        if self.ssn is not None:
            field_dict["ssn"] = self.ssn
        if self.mother_maiden_name is not None:
            field_dict["motherMaidenName"] = self.mother_maiden_name
        if self.host_credential is not None:
            field_dict["hostCredential"] = self.host_credential.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.id = None if (v := src_dict.get("id")) is None else FICustomerRequestId.from_dict(v)
        _self.fi_id = None if (v := src_dict.get("fiId")) is None else FICustomerRequestFiId.from_dict(v)
        _self.member_number = xml_text(src_dict.get("memberNumber"))
        _self.person = None if (v := src_dict.get("person")) is None else FICustomerRequestPerson.from_dict(v)
        _self.channel_infos = (
            None if (v := src_dict.get("channelInfos")) is None else FICustomerRequestChannelInfos.from_dict(v)
        )
        _self.accepted_disclosure = xml_text(src_dict.get("acceptedDisclosure"))
        _self.user_type = xml_text(src_dict.get("userType"))
        _self.ssn = xml_text(src_dict.get("ssn"))
        _self.mother_maiden_name = xml_text(src_dict.get("motherMaidenName"))
        _self.host_credential = (
            None if (v := src_dict.get("hostCredential")) is None else FICustomerRequestHostCredential.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.fi_customer_request_channel_infos import FICustomerRequestChannelInfos
from ..models.fi_customer_request_fi_id import FICustomerRequestFiId
from ..models.fi_customer_request_host_credential import FICustomerRequestHostCredential
from ..models.fi_customer_request_id import FICustomerRequestId
from ..models.fi_customer_request_person import FICustomerRequestPerson
