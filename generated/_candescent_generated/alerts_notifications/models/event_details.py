from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.event_details_additional_info import EventDetailsAdditionalInfo


T = TypeVar("T", bound="EventDetails")


@_attrs_define
class EventDetails(_Model):
    """What happened, when and to whom.

    Attributes:
        additional_info (EventDetailsAdditionalInfo | Unset): Event facts by name (amounts, account ids, ...).
        event_id (str | Unset): The event's id (yours, unique).
        event_noticed (datetime.datetime | Unset): When the source noticed it (ISO 8601).
        event_occured (datetime.datetime | Unset): When it happened (ISO 8601; the platform's spelling).
        event_source (str | Unset): The system that raised it.
        event_tags (list[str] | Unset): Labels for routing.
        event_type (str | Unset): Matched against alert type names.
        institution_customer_id (str | Unset): The business it concerns, for a business user.
        institution_id (str | Unset): The institution's id.
    """

    additional_info: EventDetailsAdditionalInfo | Unset = UNSET
    event_id: str | Unset = UNSET
    event_noticed: datetime.datetime | Unset = UNSET
    event_occured: datetime.datetime | Unset = UNSET
    event_source: str | Unset = UNSET
    event_tags: list[str] | Unset = UNSET
    event_type: str | Unset = UNSET
    institution_customer_id: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()
        event_id = self.event_id
        event_noticed: str | Unset = UNSET
        if not isinstance(self.event_noticed, Unset):
            event_noticed = self.event_noticed.isoformat()
        event_occured: str | Unset = UNSET
        if not isinstance(self.event_occured, Unset):
            event_occured = self.event_occured.isoformat()
        event_source = self.event_source
        event_tags: list[str] | Unset = UNSET
        if not isinstance(self.event_tags, Unset):
            event_tags = self.event_tags

        event_type = self.event_type
        institution_customer_id = self.institution_customer_id
        institution_id = self.institution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if event_noticed is not UNSET:
            field_dict["eventNoticed"] = event_noticed
        if event_occured is not UNSET:
            field_dict["eventOccured"] = event_occured
        if event_source is not UNSET:
            field_dict["eventSource"] = event_source
        if event_tags is not UNSET:
            field_dict["eventTags"] = event_tags
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if institution_customer_id is not UNSET:
            field_dict["institutionCustomerId"] = institution_customer_id
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_details_additional_info import EventDetailsAdditionalInfo

        d = dict(src_dict)
        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: EventDetailsAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = EventDetailsAdditionalInfo.from_dict(_additional_info)

        event_id = d.pop("eventId", UNSET)
        _event_noticed = d.pop("eventNoticed", UNSET)
        event_noticed: datetime.datetime | Unset
        if isinstance(_event_noticed, Unset):
            event_noticed = UNSET
        else:
            event_noticed = parse_datetime(_event_noticed)

        _event_occured = d.pop("eventOccured", UNSET)
        event_occured: datetime.datetime | Unset
        if isinstance(_event_occured, Unset):
            event_occured = UNSET
        else:
            event_occured = parse_datetime(_event_occured)

        event_source = d.pop("eventSource", UNSET)
        event_tags = cast(list[str], d.pop("eventTags", UNSET))

        event_type = d.pop("eventType", UNSET)
        institution_customer_id = d.pop("institutionCustomerId", UNSET)
        institution_id = d.pop("institutionId", UNSET)
        event_details = cls(
            additional_info=additional_info,
            event_id=event_id,
            event_noticed=event_noticed,
            event_occured=event_occured,
            event_source=event_source,
            event_tags=event_tags,
            event_type=event_type,
            institution_customer_id=institution_customer_id,
            institution_id=institution_id,
        )

        event_details.additional_properties = d
        return event_details
