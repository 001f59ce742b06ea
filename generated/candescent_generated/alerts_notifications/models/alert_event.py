from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_event_event_domain_type import AlertEventEventDomainType
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.event_details import EventDetails


T = TypeVar("T", bound="AlertEvent")


@_attrs_define
class AlertEvent(_Model):
    """An event to publish (the platform's Event1).

    Attributes:
        event_domain_type (AlertEventEventDomainType):
        event_details (EventDetails):
    """

    event_domain_type: AlertEventEventDomainType
    event_details: EventDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        event_domain_type = AlertEventEventDomainType(self.event_domain_type).value
        event_details = self.event_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventDomainType": event_domain_type,
                "eventDetails": event_details,
            }
        )

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_details import EventDetails

        d = dict(src_dict)
        event_domain_type = AlertEventEventDomainType(d.pop("eventDomainType"))

        event_details = EventDetails.from_dict(d.pop("eventDetails"))

        alert_event = cls(
            event_domain_type=event_domain_type,
            event_details=event_details,
        )

        alert_event.additional_properties = d
        return alert_event
