from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text


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
        d = dict(src_dict)
        _self = cls(
            fi_customer_id=xml_text(d.pop("fiCustomerId", None)),
            fi_id=xml_text(d.pop("fiId", None)),
            event_type=xml_text(d.pop("eventType", None)),
            data_map=None if (v := d.pop("dataMap", None)) is None else [DataMap.from_dict(item) for item in v],
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.data_map import DataMap
