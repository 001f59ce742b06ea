from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text

if TYPE_CHECKING:
    from ..models.subscription_actions import SubscriptionActions
    from ..models.subscription_event_conditions_map import SubscriptionEventConditionsMap


T = TypeVar("T", bound="Subscription")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        if self.fi_id is not None:
            fi_id = self.fi_id
            field_dict["fiId"] = fi_id
        if self.fi_customer_id is not None:
            fi_customer_id = self.fi_customer_id
            field_dict["fiCustomerId"] = fi_customer_id
        if self.event_type_id is not None:
            event_type_id = self.event_type_id
            field_dict["eventTypeId"] = event_type_id
        if self.fulfillment is not None:
            fulfillment = self.fulfillment
            field_dict["fulfillment"] = fulfillment
        if self.subscription_event_conditions_map is not None:
            subscription_event_conditions_map = self.subscription_event_conditions_map.to_dict()
            field_dict["subscriptionEventConditionsMap"] = subscription_event_conditions_map
        if self.subscription_actions is not None:
            subscription_actions = self.subscription_actions.to_dict()
            field_dict["subscriptionActions"] = subscription_actions

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscription_actions import SubscriptionActions
        from ..models.subscription_event_conditions_map import SubscriptionEventConditionsMap

        d = dict(src_dict)
        _id = xml_text(d.pop("id", None))
        id: str | None = None
        if _id is not None:
            id = _id
        _fi_id = xml_text(d.pop("fiId", None))
        fi_id: str | None = None
        if _fi_id is not None:
            fi_id = _fi_id
        _fi_customer_id = xml_text(d.pop("fiCustomerId", None))
        fi_customer_id: str | None = None
        if _fi_customer_id is not None:
            fi_customer_id = _fi_customer_id
        _event_type_id = xml_text(d.pop("eventTypeId", None))
        event_type_id: str | None = None
        if _event_type_id is not None:
            event_type_id = _event_type_id
        _fulfillment = xml_text(d.pop("fulfillment", None))
        fulfillment: str | None = None
        if _fulfillment is not None:
            fulfillment = _fulfillment
        _subscription_event_conditions_map = d.pop("subscriptionEventConditionsMap", None)
        subscription_event_conditions_map: SubscriptionEventConditionsMap | None = None
        if _subscription_event_conditions_map is not None:
            subscription_event_conditions_map = SubscriptionEventConditionsMap.from_dict(
                _subscription_event_conditions_map
            )

        _subscription_actions = d.pop("subscriptionActions", None)
        subscription_actions: SubscriptionActions | None = None
        if _subscription_actions is not None:
            subscription_actions = SubscriptionActions.from_dict(_subscription_actions)

        subscription = cls(
            id=id,
            fi_id=fi_id,
            fi_customer_id=fi_customer_id,
            event_type_id=event_type_id,
            fulfillment=fulfillment,
            subscription_event_conditions_map=subscription_event_conditions_map,
            subscription_actions=subscription_actions,
        )

        subscription.additional_properties = d
        return subscription
