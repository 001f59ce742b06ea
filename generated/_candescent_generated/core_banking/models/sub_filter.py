from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition import Condition
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import enum_member, keys_only

T = TypeVar("T", bound="SubFilter")


@_attrs_define
class SubFilter(_Model):
    """A nested group of attribute tests.

    Attributes:
        filters (list[ServiceFilter]): Its tests.
        condition (Condition): How its tests combine.
    """

    filters: list[ServiceFilter]
    condition: Condition | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        filters = []
        for componentsschemas_filters_item_data in self.filters:
            componentsschemas_filters_item = componentsschemas_filters_item_data.to_dict()
            filters.append(componentsschemas_filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
            }
        )
        if self.condition is not None:
            field_dict["condition"] = Condition(self.condition).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filters = []
        _filters = d.pop("filters")
        for componentsschemas_filters_item_data in _filters:
            componentsschemas_filters_item = ServiceFilter.from_dict(componentsschemas_filters_item_data)

            filters.append(componentsschemas_filters_item)

        _condition = d.pop("condition", None)
        condition = None if _condition is None else enum_member(Condition, _condition)
        sub_filter = cls(
            filters=filters,
            condition=condition,
        )

        object.__setattr__(sub_filter, "additional_properties", d)  # no on-setattr hooks
        return sub_filter


from ..models.service_filter import ServiceFilter
