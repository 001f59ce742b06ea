from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text

if TYPE_CHECKING:
    from ..models.data_map import DataMap


T = TypeVar("T", bound="Event")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.fi_customer_id is not None:
            fi_customer_id = self.fi_customer_id
            field_dict["fiCustomerId"] = fi_customer_id
        if self.fi_id is not None:
            fi_id = self.fi_id
            field_dict["fiId"] = fi_id
        if self.event_type is not None:
            event_type = self.event_type
            field_dict["eventType"] = event_type
        if self.data_map is not None:
            data_map = []
            for data_map_item_data in self.data_map:
                data_map_item = data_map_item_data.to_dict()
                data_map.append(data_map_item)

            field_dict["dataMap"] = data_map

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_map import DataMap

        d = dict(src_dict)
        _fi_customer_id = xml_text(d.pop("fiCustomerId", None))
        fi_customer_id: str | None = None
        if _fi_customer_id is not None:
            fi_customer_id = _fi_customer_id
        _fi_id = xml_text(d.pop("fiId", None))
        fi_id: str | None = None
        if _fi_id is not None:
            fi_id = _fi_id
        _event_type = xml_text(d.pop("eventType", None))
        event_type: str | None = None
        if _event_type is not None:
            event_type = _event_type
        _data_map = d.pop("dataMap", None)
        data_map: list[DataMap] | None = None
        if _data_map is not None:
            data_map = []
            _data_map = _data_map
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
