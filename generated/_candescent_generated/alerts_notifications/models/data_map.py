from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"map"})


@_attrs_define
class DataMap(_Model):
    """Key/value entries of an event's data.

    Attributes:
        map_ (list[Entry]): The entries.
    """

    map_: list[Entry] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.map_ is not None:
            field_dict["map"] = []
            for map_item_data in self.map_:
                map_item = map_item_data.to_dict()
                field_dict["map"].append(map_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.map_ = None if (v := src_dict.get("map")) is None else [Entry.from_dict(item) for item in v]
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.entry import Entry
