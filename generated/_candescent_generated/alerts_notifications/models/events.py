from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.event import Event


T = TypeVar("T", bound="Events")


@_attrs_define
class Events(_Model):
    """One customer's events for the message service: one XML document per call.

    Attributes:
        event (list[Event]): The events.
    """

    event: list[Event] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.event is not None:
            event = []
            for event_item_data in self.event:
                event_item = event_item_data.to_dict()
                event.append(event_item)

            field_dict["Event"] = event

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event import Event

        d = dict(src_dict)
        _event = d.pop("Event", None)
        event: list[Event] | None = None
        if _event is not None:
            event = []
            _event = _event
            for event_item_data in _event:
                event_item = Event.from_dict(event_item_data)

                event.append(event_item)

        events = cls(
            event=event,
        )

        events.additional_properties = d
        return events
