from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.data_map import DataMap


T = TypeVar("T", bound="Event")


@_attrs_define
class Event(_Model):
    """An event for the message service.

    Attributes:
        fi_customer_id (str | Unset): The customer's id at the institution.
        fi_id (str | Unset): The institution's id.
        event_type (str | Unset): The event's type (matched against subscriptions).
        data_map (list[DataMap] | Unset): The event's data, as lists of key/value entries.
    """

    fi_customer_id: str | Unset = UNSET
    fi_id: str | Unset = UNSET
    event_type: str | Unset = UNSET
    data_map: list[DataMap] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        fi_customer_id = self.fi_customer_id
        fi_id = self.fi_id
        event_type = self.event_type
        data_map: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_map, Unset):
            data_map = []
            for data_map_item_data in self.data_map:
                data_map_item = data_map_item_data.to_dict()
                data_map.append(data_map_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fi_customer_id is not UNSET:
            field_dict["fiCustomerId"] = fi_customer_id
        if fi_id is not UNSET:
            field_dict["fiId"] = fi_id
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if data_map is not UNSET:
            field_dict["dataMap"] = data_map

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_map import DataMap

        d = dict(src_dict)
        fi_customer_id = xml_text(d.pop("fiCustomerId", UNSET))
        fi_id = xml_text(d.pop("fiId", UNSET))
        event_type = xml_text(d.pop("eventType", UNSET))
        _data_map = d.pop("dataMap", UNSET)
        data_map: list[DataMap] | Unset = UNSET
        if _data_map is not UNSET:
            data_map = []
            for data_map_item_data in _data_map:
                data_map_item = DataMap.from_dict(data_map_item_data)

                data_map.append(data_map_item)

        event = cls(
            fi_customer_id=fi_customer_id,
            fi_id=fi_id,
            event_type=event_type,
            data_map=data_map,
        )

        event.additional_properties = d
        return event
