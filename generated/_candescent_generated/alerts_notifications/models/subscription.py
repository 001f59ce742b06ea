from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.subscription_actions import SubscriptionActions
    from ..models.subscription_event_conditions_map import SubscriptionEventConditionsMap


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription(_Model):
    """A legacy subscription: which events reach which customer, how (XML).

    Attributes:
        id (str | Unset): The subscription's id.
        fi_id (str | Unset): The institution's id.
        fi_customer_id (str | Unset): The customer's id at the institution.
        event_type_id (str | Unset): The event type subscribed to.
        fulfillment (str | Unset): Scheduled runs still needed to fulfil the schedule.
        subscription_event_conditions_map (SubscriptionEventConditionsMap | Unset): The event's conditions: key/value
            entries (repeated map elements).
        subscription_actions (SubscriptionActions | Unset): What to do when the event comes: the subscriptionAction
            elements.
    """

    id: str | Unset = UNSET
    fi_id: str | Unset = UNSET
    fi_customer_id: str | Unset = UNSET
    event_type_id: str | Unset = UNSET
    fulfillment: str | Unset = UNSET
    subscription_event_conditions_map: SubscriptionEventConditionsMap | Unset = UNSET
    subscription_actions: SubscriptionActions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id = self.id
        fi_id = self.fi_id
        fi_customer_id = self.fi_customer_id
        event_type_id = self.event_type_id
        fulfillment = self.fulfillment
        subscription_event_conditions_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_event_conditions_map, Unset):
            subscription_event_conditions_map = self.subscription_event_conditions_map.to_dict()
        subscription_actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_actions, Unset):
            subscription_actions = self.subscription_actions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if fi_id is not UNSET:
            field_dict["fiId"] = fi_id
        if fi_customer_id is not UNSET:
            field_dict["fiCustomerId"] = fi_customer_id
        if event_type_id is not UNSET:
            field_dict["eventTypeId"] = event_type_id
        if fulfillment is not UNSET:
            field_dict["fulfillment"] = fulfillment
        if subscription_event_conditions_map is not UNSET:
            field_dict["subscriptionEventConditionsMap"] = subscription_event_conditions_map
        if subscription_actions is not UNSET:
            field_dict["subscriptionActions"] = subscription_actions

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscription_actions import SubscriptionActions
        from ..models.subscription_event_conditions_map import SubscriptionEventConditionsMap

        d = dict(src_dict)
        id = xml_text(d.pop("id", UNSET))
        fi_id = xml_text(d.pop("fiId", UNSET))
        fi_customer_id = xml_text(d.pop("fiCustomerId", UNSET))
        event_type_id = xml_text(d.pop("eventTypeId", UNSET))
        fulfillment = xml_text(d.pop("fulfillment", UNSET))
        _subscription_event_conditions_map = d.pop("subscriptionEventConditionsMap", UNSET)
        subscription_event_conditions_map: SubscriptionEventConditionsMap | Unset
        if isinstance(_subscription_event_conditions_map, Unset):
            subscription_event_conditions_map = UNSET
        else:
            subscription_event_conditions_map = SubscriptionEventConditionsMap.from_dict(
                _subscription_event_conditions_map
            )

        _subscription_actions = d.pop("subscriptionActions", UNSET)
        subscription_actions: SubscriptionActions | Unset
        if isinstance(_subscription_actions, Unset):
            subscription_actions = UNSET
        else:
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
