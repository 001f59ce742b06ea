from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


@_attrs_define
class AlertTypeResources(_Model):
    """Alert types.

    Attributes:
        alert_types (list[AlertTypeResource]): The alert types.
    """

    alert_types: list[AlertTypeResource] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.alert_types is not None:
            field_dict["alertTypes"] = []
            for alert_types_item_data in self.alert_types:
                alert_types_item = alert_types_item_data.to_dict()
                field_dict["alertTypes"].append(alert_types_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self = cls(
            alert_types=None
            if (v := d.pop("alertTypes", None)) is None
            else [AlertTypeResource.from_dict(item) for item in v],
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.alert_type_resource import AlertTypeResource
