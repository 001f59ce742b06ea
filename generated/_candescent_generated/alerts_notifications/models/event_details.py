from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "additionalInfo",
        "eventId",
        "eventNoticed",
        "eventOccured",
        "eventSource",
        "eventTags",
        "eventType",
        "institutionCustomerId",
        "institutionId",
    }
)


@_attrs_define
class EventDetails(_Model):
    """What happened, when and to whom.

    Attributes:
        additional_info (EventDetailsAdditionalInfo): Event facts by name (amounts, account ids, ...).
        event_id (str): The event's id (yours, unique).
        event_noticed (datetime.datetime): When the source noticed it (ISO 8601).
        event_occured (datetime.datetime): When it happened (ISO 8601; the platform's spelling).
        event_source (str): The system that raised it.
        event_tags (list[str]): Labels for routing.
        event_type (str): Matched against alert type names.
        institution_customer_id (str): The business it concerns, for a business user.
        institution_id (str): The institution's id.
    """

    additional_info: EventDetailsAdditionalInfo | None = None
    event_id: str | None = None
    event_noticed: datetime.datetime | None = None
    event_occured: datetime.datetime | None = None
    event_source: str | None = None
    event_tags: list[str] | None = None
    event_type: str | None = None
    institution_customer_id: str | None = None
    institution_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.additional_info is not None:
            field_dict["additionalInfo"] = self.additional_info.to_dict()
        if self.event_id is not None:
            field_dict["eventId"] = self.event_id
        if self.event_noticed is not None:
            field_dict["eventNoticed"] = self.event_noticed.isoformat()
        if self.event_occured is not None:
            field_dict["eventOccured"] = self.event_occured.isoformat()
        if self.event_source is not None:
            field_dict["eventSource"] = self.event_source
        if self.event_tags is not None:
            field_dict["eventTags"] = self.event_tags

        if self.event_type is not None:
            field_dict["eventType"] = self.event_type
        if self.institution_customer_id is not None:
            field_dict["institutionCustomerId"] = self.institution_customer_id
        if self.institution_id is not None:
            field_dict["institutionId"] = self.institution_id

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.additional_info = (
            None if (v := src_dict.get("additionalInfo")) is None else EventDetailsAdditionalInfo.from_dict(v)
        )
        _self.event_id = src_dict.get("eventId")
        _self.event_noticed = None if (v := src_dict.get("eventNoticed")) is None else parse_datetime(v)
        _self.event_occured = None if (v := src_dict.get("eventOccured")) is None else parse_datetime(v)
        _self.event_source = src_dict.get("eventSource")
        _self.event_tags = src_dict.get("eventTags")
        _self.event_type = src_dict.get("eventType")
        _self.institution_customer_id = src_dict.get("institutionCustomerId")
        _self.institution_id = src_dict.get("institutionId")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.event_details_additional_info import EventDetailsAdditionalInfo
