from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.postal_address_1_postal_address_type import PostalAddress1PostalAddressType
from ..types import UNSET, Unset, keys_only, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="PostalAddress1")


@_attrs_define
class PostalAddress1(_Model):
    """
    Attributes:
        street_address_1 (str):
        city (str):
        state (str):
        postal_code (str):
        street_address_2 (str | Unset):
        street_address_3 (str | Unset):
        country (str | Unset): The country, two letters (ISO 3166).
        start_date (datetime.datetime | Unset): From when the address applies.
        end_date (datetime.datetime | Unset): Until when the address applies (e.g. a seasonal address).
        primary (bool | Unset): Whether this is the user's primary address.
        international (bool | Unset): Whether the address is outside the US.
        id (str | Unset): The address's id.
        postal_address_type (PostalAddress1PostalAddressType | Unset): What the address is for: home, work, seasonal or
            vacation, temporary or tax reporting, physical or mailing.
    """

    street_address_1: str
    city: str
    state: str
    postal_code: str
    street_address_2: str | Unset = UNSET
    street_address_3: str | Unset = UNSET
    country: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    primary: bool | Unset = UNSET
    international: bool | Unset = UNSET
    id: str | Unset = UNSET
    postal_address_type: PostalAddress1PostalAddressType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        street_address_1 = self.street_address_1
        city = self.city
        state = self.state
        postal_code = self.postal_code
        street_address_2 = self.street_address_2
        street_address_3 = self.street_address_3
        country = self.country
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()
        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()
        primary = self.primary
        international = self.international
        id = self.id
        postal_address_type: str | Unset = UNSET
        if not isinstance(self.postal_address_type, Unset):
            postal_address_type = PostalAddress1PostalAddressType(self.postal_address_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "streetAddress1": street_address_1,
                "city": city,
                "state": state,
                "postalCode": postal_code,
            }
        )
        if street_address_2 is not UNSET:
            field_dict["streetAddress2"] = street_address_2
        if street_address_3 is not UNSET:
            field_dict["streetAddress3"] = street_address_3
        if country is not UNSET:
            field_dict["country"] = country
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if primary is not UNSET:
            field_dict["primary"] = primary
        if international is not UNSET:
            field_dict["international"] = international
        if id is not UNSET:
            field_dict["id"] = id
        if postal_address_type is not UNSET:
            field_dict["postalAddressType"] = postal_address_type

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        street_address_1 = d.pop("streetAddress1")
        city = d.pop("city")
        state = d.pop("state")
        postal_code = d.pop("postalCode")
        street_address_2 = d.pop("streetAddress2", UNSET)
        street_address_3 = d.pop("streetAddress3", UNSET)
        country = d.pop("country", UNSET)
        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_datetime(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = parse_datetime(_end_date)

        primary = d.pop("primary", UNSET)
        international = d.pop("international", UNSET)
        id = d.pop("id", UNSET)
        _postal_address_type = d.pop("postalAddressType", UNSET)
        postal_address_type: PostalAddress1PostalAddressType | Unset
        if isinstance(_postal_address_type, Unset):
            postal_address_type = UNSET
        else:
            postal_address_type = PostalAddress1PostalAddressType(_postal_address_type)

        postal_address_1 = cls(
            street_address_1=street_address_1,
            city=city,
            state=state,
            postal_code=postal_code,
            street_address_2=street_address_2,
            street_address_3=street_address_3,
            country=country,
            start_date=start_date,
            end_date=end_date,
            primary=primary,
            international=international,
            id=id,
            postal_address_type=postal_address_type,
        )

        postal_address_1.additional_properties = d
        return postal_address_1
