from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.channel_infos import ChannelInfos
    from ..models.credential import Credential
    from ..models.person import Person
    from ..models.typed_value import TypedValue


T = TypeVar("T", bound="FICustomer")


@_attrs_define
class FICustomer(_Model):
    """The legacy customer element, used both to register (request) and as the answer. Leaves are strings on the wire
    (XML).

        Attributes:
            id (TypedValue | Unset):
            fi_id (TypedValue | Unset):
            member_number (str | Unset):
            auth_id (str | Unset):
            person (Person | Unset):
            channel_infos (ChannelInfos | Unset):
            host_credential (Credential | Unset):
            accepted_disclosure (str | Unset): 'true' or 'false' (a string on the wire).
            user_type (str | Unset):
            ssn (str | Unset): Exactly 9 digits.
            mother_maiden_name (str | Unset):
            bill_pay_enabled (str | Unset):
    """

    id: TypedValue | Unset = UNSET
    fi_id: TypedValue | Unset = UNSET
    member_number: str | Unset = UNSET
    auth_id: str | Unset = UNSET
    person: Person | Unset = UNSET
    channel_infos: ChannelInfos | Unset = UNSET
    host_credential: Credential | Unset = UNSET
    accepted_disclosure: str | Unset = UNSET
    user_type: str | Unset = UNSET
    ssn: str | Unset = _attrs_field(repr=False, default=UNSET)
    mother_maiden_name: str | Unset = UNSET
    bill_pay_enabled: str | Unset = UNSET
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
        accepted_disclosure = self.accepted_disclosure
        user_type = self.user_type
        ssn = self.ssn
        mother_maiden_name = self.mother_maiden_name
        bill_pay_enabled = self.bill_pay_enabled

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
        if accepted_disclosure is not UNSET:
            field_dict["acceptedDisclosure"] = accepted_disclosure
        if user_type is not UNSET:
            field_dict["userType"] = user_type
        if ssn is not UNSET:
            field_dict["ssn"] = ssn
        if mother_maiden_name is not UNSET:
            field_dict["motherMaidenName"] = mother_maiden_name
        if bill_pay_enabled is not UNSET:
            field_dict["billPayEnabled"] = bill_pay_enabled

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.channel_infos import ChannelInfos
        from ..models.credential import Credential
        from ..models.person import Person
        from ..models.typed_value import TypedValue

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: TypedValue | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = TypedValue.from_dict(_id)

        _fi_id = d.pop("fiId", UNSET)
        fi_id: TypedValue | Unset
        if isinstance(_fi_id, Unset):
            fi_id = UNSET
        else:
            fi_id = TypedValue.from_dict(_fi_id)

        member_number = xml_text(d.pop("memberNumber", UNSET))
        auth_id = xml_text(d.pop("authId", UNSET))
        _person = d.pop("person", UNSET)
        person: Person | Unset
        if isinstance(_person, Unset):
            person = UNSET
        else:
            person = Person.from_dict(_person)

        _channel_infos = d.pop("channelInfos", UNSET)
        channel_infos: ChannelInfos | Unset
        if isinstance(_channel_infos, Unset):
            channel_infos = UNSET
        else:
            channel_infos = ChannelInfos.from_dict(_channel_infos)

        _host_credential = d.pop("hostCredential", UNSET)
        host_credential: Credential | Unset
        if isinstance(_host_credential, Unset):
            host_credential = UNSET
        else:
            host_credential = Credential.from_dict(_host_credential)

        accepted_disclosure = xml_text(d.pop("acceptedDisclosure", UNSET))
        user_type = xml_text(d.pop("userType", UNSET))
        ssn = xml_text(d.pop("ssn", UNSET))
        mother_maiden_name = xml_text(d.pop("motherMaidenName", UNSET))
        bill_pay_enabled = xml_text(d.pop("billPayEnabled", UNSET))
        fi_customer = cls(
            id=id,
            fi_id=fi_id,
            member_number=member_number,
            auth_id=auth_id,
            person=person,
            channel_infos=channel_infos,
            host_credential=host_credential,
            accepted_disclosure=accepted_disclosure,
            user_type=user_type,
            ssn=ssn,
            mother_maiden_name=mother_maiden_name,
            bill_pay_enabled=bill_pay_enabled,
        )

        fi_customer.additional_properties = d
        return fi_customer
