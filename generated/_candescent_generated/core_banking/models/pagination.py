from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


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
        d = dict(src_dict)
        _self = cls(
            count=d.pop("count"),
            top=d.pop("top"),
            previous=d.pop("previous", None),
            next_=d.pop("next", None),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
