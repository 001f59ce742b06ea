from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.condition import Condition
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"condition", "filters", "subFilters"})


@_attrs_define
class AdditionalFilters(_Model):
    """Attribute filters of a banking activity search.

    Attributes:
        condition (Condition): How filters and subFilters combine.
        filters (list[ServiceFilter]): Attribute tests.
        sub_filters (list[SubFilter]): Nested groups of tests, each with its own condition.
    """

    condition: Condition | None = None
    filters: list[ServiceFilter] | None = None
    sub_filters: list[SubFilter] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.condition is not None:
            field_dict["condition"] = Condition(self.condition).value
        if self.filters is not None:
            field_dict["filters"] = []
            for componentsschemas_filters_item_data in self.filters:
                componentsschemas_filters_item = componentsschemas_filters_item_data.to_dict()
                field_dict["filters"].append(componentsschemas_filters_item)

        if self.sub_filters is not None:
            field_dict["subFilters"] = []
            for sub_filters_item_data in self.sub_filters:
                sub_filters_item = sub_filters_item_data.to_dict()
                field_dict["subFilters"].append(sub_filters_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.condition = None if (v := src_dict.get("condition")) is None else enum_member(Condition, v)
        _self.filters = (
            None if (v := src_dict.get("filters")) is None else [ServiceFilter.from_dict(item) for item in v]
        )
        _self.sub_filters = (
            None if (v := src_dict.get("subFilters")) is None else [SubFilter.from_dict(item) for item in v]
        )
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.service_filter import ServiceFilter
from ..models.sub_filter import SubFilter
