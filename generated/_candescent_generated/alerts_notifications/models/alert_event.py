from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.event_details import EventDetails


T = TypeVar("T", bound="AlertEvent")


@_attrs_define
class AlertEvent(_Model):
    """A realtime event to publish (AccountEvent, TransactionEvent, NotificationEvent or UserEvent).

    Attributes:
        event_details (EventDetails): What happened, when and to whom.
        event_domain_type (str): The event's kind: AccountEvent, TransactionEvent, NotificationEvent or UserEvent.
    """

    event_details: EventDetails | None = None
    event_domain_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.event_details is not None:
            event_details = self.event_details.to_dict()
            field_dict["eventDetails"] = event_details
        if self.event_domain_type is not None:
            event_domain_type = self.event_domain_type
            field_dict["eventDomainType"] = event_domain_type

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_details import EventDetails

        d = dict(src_dict)
        _event_details = d.pop("eventDetails", None)
        event_details: EventDetails | None = None
        if _event_details is not None:
            event_details = EventDetails.from_dict(_event_details)

        _event_domain_type = d.pop("eventDomainType", None)
        event_domain_type: str | None = None
        if _event_domain_type is not None:
            event_domain_type = _event_domain_type
        alert_event = cls(
            event_details=event_details,
            event_domain_type=event_domain_type,
        )

        alert_event.additional_properties = d
        return alert_event
