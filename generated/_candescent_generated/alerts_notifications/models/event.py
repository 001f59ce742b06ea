from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset({"fiCustomerId", "fiId", "eventType", "dataMap"})


@_attrs_define
class Event(_Model):
    """An event for the message service.

    Attributes:
        fi_customer_id (str): The customer's id at the institution.
        fi_id (str): The institution's id.
        event_type (str): The event's type (matched against subscriptions).
        data_map (list[DataMap]): The event's data, as lists of key/value entries.
    """

    fi_customer_id: str | None = None
    fi_id: str | None = None
    event_type: str | None = None
    data_map: list[DataMap] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.fi_customer_id is not None:
            field_dict["fiCustomerId"] = self.fi_customer_id
        if self.fi_id is not None:
            field_dict["fiId"] = self.fi_id
        if self.event_type is not None:
            field_dict["eventType"] = self.event_type
        if self.data_map is not None:
            field_dict["dataMap"] = []
            for data_map_item_data in self.data_map:
                data_map_item = data_map_item_data.to_dict()
                field_dict["dataMap"].append(data_map_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.fi_customer_id = xml_text(src_dict.get("fiCustomerId"))
        _self.fi_id = xml_text(src_dict.get("fiId"))
        _self.event_type = xml_text(src_dict.get("eventType"))
        _self.data_map = None if (v := src_dict.get("dataMap")) is None else [DataMap.from_dict(item) for item in v]
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.data_map import DataMap
