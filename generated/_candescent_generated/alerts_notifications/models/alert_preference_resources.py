from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"alertPreferences"})


@_attrs_define
class AlertPreferenceResources(_Model):
    """One page of a user's alert preferences.

    Attributes:
        alert_preferences (list[AlertPreferenceResource]): The preferences.
    """

    alert_preferences: list[AlertPreferenceResource] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.alert_preferences is not None:
            field_dict["alertPreferences"] = []
            for alert_preferences_item_data in self.alert_preferences:
                alert_preferences_item = alert_preferences_item_data.to_dict()
                field_dict["alertPreferences"].append(alert_preferences_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    def _page(self) -> tuple[Self, list[AlertPreferenceResource]]:
        """This page and its items, as ``paginate`` reads them (no list is no items)."""
        return self, self.alert_preferences or []

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.alert_preferences = (
            None
            if (v := src_dict.get("alertPreferences")) is None
            else [AlertPreferenceResource.from_dict(item) for item in v]
        )
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.alert_preference_resource import AlertPreferenceResource
