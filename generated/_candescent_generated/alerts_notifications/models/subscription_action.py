from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset({"name", "subscriptionActionAttributesMap"})


@_attrs_define
class SubscriptionAction(_Model):
    """One action of a subscription (XML).

    Attributes:
        name (str): The action, e.g. EMAIL or SMS.
        subscription_action_attributes_map (SubscriptionActionAttributesMap): The action's attributes: key/value entries
            (repeated map elements).
    """

    name: str | None = None
    subscription_action_attributes_map: SubscriptionActionAttributesMap | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.subscription_action_attributes_map is not None:
            field_dict["subscriptionActionAttributesMap"] = self.subscription_action_attributes_map.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.name = xml_text(src_dict.get("name"))
        _self.subscription_action_attributes_map = (
            None
            if (v := src_dict.get("subscriptionActionAttributesMap")) is None
            else SubscriptionActionAttributesMap.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.subscription_action_attributes_map import SubscriptionActionAttributesMap
