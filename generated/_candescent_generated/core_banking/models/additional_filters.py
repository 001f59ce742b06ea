from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition import Condition
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.service_filter import ServiceFilter
    from ..models.sub_filter import SubFilter


T = TypeVar("T", bound="AdditionalFilters")


@_attrs_define
class AdditionalFilters(_Model):
    """Attribute filters of a banking activity search.

    Attributes:
        condition (Condition | Unset): How filters and subFilters combine.
        filters (list[ServiceFilter] | Unset): Attribute tests.
        sub_filters (list[SubFilter] | Unset): Nested groups of tests, each with its own condition.
    """

    condition: Condition | Unset = UNSET
    filters: list[ServiceFilter] | Unset = UNSET
    sub_filters: list[SubFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        condition: str | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = Condition(self.condition).value

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for componentsschemas_filters_item_data in self.filters:
                componentsschemas_filters_item = componentsschemas_filters_item_data.to_dict()
                filters.append(componentsschemas_filters_item)

        sub_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_filters, Unset):
            sub_filters = []
            for sub_filters_item_data in self.sub_filters:
                sub_filters_item = sub_filters_item_data.to_dict()
                sub_filters.append(sub_filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition is not UNSET:
            field_dict["condition"] = condition
        if filters is not UNSET:
            field_dict["filters"] = filters
        if sub_filters is not UNSET:
            field_dict["subFilters"] = sub_filters

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.service_filter import ServiceFilter
        from ..models.sub_filter import SubFilter

        d = dict(src_dict)
        _condition = d.pop("condition", UNSET)
        condition: Condition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = Condition(_condition)

        _filters = d.pop("filters", UNSET)
        filters: list[ServiceFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for componentsschemas_filters_item_data in _filters:
                componentsschemas_filters_item = ServiceFilter.from_dict(componentsschemas_filters_item_data)

                filters.append(componentsschemas_filters_item)

        _sub_filters = d.pop("subFilters", UNSET)
        sub_filters: list[SubFilter] | Unset = UNSET
        if _sub_filters is not UNSET:
            sub_filters = []
            for sub_filters_item_data in _sub_filters:
                sub_filters_item = SubFilter.from_dict(sub_filters_item_data)

                sub_filters.append(sub_filters_item)

        additional_filters = cls(
            condition=condition,
            filters=filters,
            sub_filters=sub_filters,
        )

        additional_filters.additional_properties = d
        return additional_filters
