from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.postal_address_1_postal_address_type import PostalAddress1PostalAddressType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "streetAddress1",
        "city",
        "state",
        "postalCode",
        "streetAddress2",
        "streetAddress3",
        "country",
        "startDate",
        "endDate",
        "primary",
        "international",
        "id",
        "postalAddressType",
    }
)


@_attrs_define
class PostalAddress1(_Model):
    """
    Attributes:
        street_address_1 (str):
        city (str):
        state (str):
        postal_code (str):
        street_address_2 (str):
        street_address_3 (str):
        country (str): The country, two letters (ISO 3166).
        start_date (datetime.datetime): From when the address applies.
        end_date (datetime.datetime): Until when the address applies (e.g. a seasonal address).
        primary (bool): Whether this is the user's primary address.
        international (bool): Whether the address is outside the US.
        id (str): The address's id.
        postal_address_type (PostalAddress1PostalAddressType): What the address is for: home, work, seasonal or
            vacation, temporary or tax reporting, physical or mailing.
    """

    street_address_1: str
    city: str
    state: str
    postal_code: str
    street_address_2: str | None = None
    street_address_3: str | None = None
    country: str | None = None
    start_date: datetime.datetime | None = None
    end_date: datetime.datetime | None = None
    primary: bool | None = None
    international: bool | None = None
    id: str | None = None
    postal_address_type: PostalAddress1PostalAddressType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["streetAddress1"] = self.street_address_1
        field_dict["city"] = self.city
        field_dict["state"] = self.state
        field_dict["postalCode"] = self.postal_code
        if self.street_address_2 is not None:
            field_dict["streetAddress2"] = self.street_address_2
        if self.street_address_3 is not None:
            field_dict["streetAddress3"] = self.street_address_3
        if self.country is not None:
            field_dict["country"] = self.country
        if self.start_date is not None:
            field_dict["startDate"] = self.start_date.isoformat()
        if self.end_date is not None:
            field_dict["endDate"] = self.end_date.isoformat()
        if self.primary is not None:
            field_dict["primary"] = self.primary
        if self.international is not None:
            field_dict["international"] = self.international
        if self.id is not None:
            field_dict["id"] = self.id
        if self.postal_address_type is not None:
            field_dict["postalAddressType"] = PostalAddress1PostalAddressType(self.postal_address_type).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.street_address_1 = src_dict["streetAddress1"]
        _self.city = src_dict["city"]
        _self.state = src_dict["state"]
        _self.postal_code = src_dict["postalCode"]
        _self.street_address_2 = src_dict.get("streetAddress2")
        _self.street_address_3 = src_dict.get("streetAddress3")
        _self.country = src_dict.get("country")
        _self.start_date = None if (v := src_dict.get("startDate")) is None else parse_datetime(v)
        _self.end_date = None if (v := src_dict.get("endDate")) is None else parse_datetime(v)
        _self.primary = src_dict.get("primary")
        _self.international = src_dict.get("international")
        _self.id = src_dict.get("id")
        _self.postal_address_type = (
            None
            if (v := src_dict.get("postalAddressType")) is None
            else enum_member(PostalAddress1PostalAddressType, v)
        )
        extra = (
            {}
            if len(src_dict) == 4 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
