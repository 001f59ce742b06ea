from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"count", "top", "previous", "next"})


@_attrs_define
class Pagination(_Model):
    """Paging facts of a transactions page.

    Attributes:
        count (int): Total in the date range before paging and filtering.
        top (int): The page size the platform used (it raises $top to the institution's minimum).
        previous (str): Relative URL of the previous page; absent on the first.
        next_ (str): Relative URL of the next page; absent on the last.
    """

    count: int
    top: int
    previous: str | None = None
    next_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["count"] = self.count
        field_dict["top"] = self.top
        if self.previous is not None:
            field_dict["previous"] = self.previous
        if self.next_ is not None:
            field_dict["next"] = self.next_

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.count = src_dict["count"]
        _self.top = src_dict["top"]
        _self.previous = src_dict.get("previous")
        _self.next_ = src_dict.get("next")
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
