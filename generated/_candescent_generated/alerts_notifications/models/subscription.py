from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "fiId",
        "fiCustomerId",
        "eventTypeId",
        "fulfillment",
        "subscriptionEventConditionsMap",
        "subscriptionActions",
    }
)


@_attrs_define
class Subscription(_Model):
    """A legacy subscription: which events reach which customer, how (XML).

    Attributes:
        id (str): The subscription's id.
        fi_id (str): The institution's id.
        fi_customer_id (str): The customer's id at the institution.
        event_type_id (str): The event type subscribed to.
        fulfillment (str): Scheduled runs still needed to fulfil the schedule.
        subscription_event_conditions_map (SubscriptionEventConditionsMap): The event's conditions: key/value entries
            (repeated map elements).
        subscription_actions (SubscriptionActions): What to do when the event comes: the subscriptionAction elements.
    """

    id: str | None = None
    fi_id: str | None = None
    fi_customer_id: str | None = None
    event_type_id: str | None = None
    fulfillment: str | None = None
    subscription_event_conditions_map: SubscriptionEventConditionsMap | None = None
    subscription_actions: SubscriptionActions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.fi_id is not None:
            field_dict["fiId"] = self.fi_id
        if self.fi_customer_id is not None:
            field_dict["fiCustomerId"] = self.fi_customer_id
        if self.event_type_id is not None:
            field_dict["eventTypeId"] = self.event_type_id
        if self.fulfillment is not None:
            field_dict["fulfillment"] = self.fulfillment
        if self.subscription_event_conditions_map is not None:
            field_dict["subscriptionEventConditionsMap"] = self.subscription_event_conditions_map.to_dict()
        if self.subscription_actions is not None:
            field_dict["subscriptionActions"] = self.subscription_actions.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.id = xml_text(src_dict.get("id"))
        _self.fi_id = xml_text(src_dict.get("fiId"))
        _self.fi_customer_id = xml_text(src_dict.get("fiCustomerId"))
        _self.event_type_id = xml_text(src_dict.get("eventTypeId"))
        _self.fulfillment = xml_text(src_dict.get("fulfillment"))
        _self.subscription_event_conditions_map = (
            None
            if (v := src_dict.get("subscriptionEventConditionsMap")) is None
            else SubscriptionEventConditionsMap.from_dict(v)
        )
        _self.subscription_actions = (
            None if (v := src_dict.get("subscriptionActions")) is None else SubscriptionActions.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.subscription_actions import SubscriptionActions
from ..models.subscription_event_conditions_map import SubscriptionEventConditionsMap
