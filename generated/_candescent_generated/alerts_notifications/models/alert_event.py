from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.event_details import EventDetails


T = TypeVar("T", bound="AlertEvent")


@_attrs_define
class AlertEvent(_Model):
    """A realtime event to publish (AccountEvent, TransactionEvent, NotificationEvent or UserEvent).

    Attributes:
        event_details (EventDetails | Unset): What happened, when and to whom.
        event_domain_type (str | Unset): The event's kind: AccountEvent, TransactionEvent, NotificationEvent or
            UserEvent.
    """

    event_details: EventDetails | Unset = UNSET
    event_domain_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        event_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_details, Unset):
            event_details = self.event_details.to_dict()
        event_domain_type = self.event_domain_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_details is not UNSET:
            field_dict["eventDetails"] = event_details
        if event_domain_type is not UNSET:
            field_dict["eventDomainType"] = event_domain_type

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_details import EventDetails

        d = dict(src_dict)
        _event_details = d.pop("eventDetails", UNSET)
        event_details: EventDetails | Unset
        if isinstance(_event_details, Unset):
            event_details = UNSET
        else:
            event_details = EventDetails.from_dict(_event_details)

        event_domain_type = d.pop("eventDomainType", UNSET)
        alert_event = cls(
            event_details=event_details,
            event_domain_type=event_domain_type,
        )

        alert_event.additional_properties = d
        return alert_event
