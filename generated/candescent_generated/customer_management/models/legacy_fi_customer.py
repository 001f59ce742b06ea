from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, parse_date
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.channel_infos import ChannelInfos
    from ..models.person import Person
    from ..models.typed_value import TypedValue


T = TypeVar("T", bound="LegacyFICustomer")


@_attrs_define
class LegacyFICustomer(_Model):
    """
    Attributes:
        id (TypedValue | Unset):
        fi_id (str | Unset):
        member_number (str | Unset):
        name (str | Unset):
        person (Person | Unset):
        channel_infos (ChannelInfos | Unset):
        bill_pay_enabled (str | Unset):
        member_hold_date (datetime.date | Unset):
    """

    id: TypedValue | Unset = UNSET
    fi_id: str | Unset = UNSET
    member_number: str | Unset = UNSET
    name: str | Unset = UNSET
    person: Person | Unset = UNSET
    channel_infos: ChannelInfos | Unset = UNSET
    bill_pay_enabled: str | Unset = UNSET
    member_hold_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()
        fi_id = self.fi_id
        member_number = self.member_number
        name = self.name
        person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.person, Unset):
            person = self.person.to_dict()
        channel_infos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_infos, Unset):
            channel_infos = self.channel_infos.to_dict()
        bill_pay_enabled = self.bill_pay_enabled
        member_hold_date: str | Unset = UNSET
        if not isinstance(self.member_hold_date, Unset):
            member_hold_date = self.member_hold_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if fi_id is not UNSET:
            field_dict["fiId"] = fi_id
        if member_number is not UNSET:
            field_dict["memberNumber"] = member_number
        if name is not UNSET:
            field_dict["name"] = name
        if person is not UNSET:
            field_dict["person"] = person
        if channel_infos is not UNSET:
            field_dict["channelInfos"] = channel_infos
        if bill_pay_enabled is not UNSET:
            field_dict["billPayEnabled"] = bill_pay_enabled
        if member_hold_date is not UNSET:
            field_dict["memberHoldDate"] = member_hold_date

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.channel_infos import ChannelInfos
        from ..models.person import Person
        from ..models.typed_value import TypedValue

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: TypedValue | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = TypedValue.from_dict(_id)

        fi_id = d.pop("fiId", UNSET)
        member_number = d.pop("memberNumber", UNSET)
        name = d.pop("name", UNSET)
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

        bill_pay_enabled = d.pop("billPayEnabled", UNSET)
        _member_hold_date = d.pop("memberHoldDate", UNSET)
        member_hold_date: datetime.date | Unset
        if isinstance(_member_hold_date, Unset):
            member_hold_date = UNSET
        else:
            member_hold_date = parse_date(_member_hold_date)

        legacy_fi_customer = cls(
            id=id,
            fi_id=fi_id,
            member_number=member_number,
            name=name,
            person=person,
            channel_infos=channel_infos,
            bill_pay_enabled=bill_pay_enabled,
            member_hold_date=member_hold_date,
        )

        legacy_fi_customer.additional_properties = d
        return legacy_fi_customer
