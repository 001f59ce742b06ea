from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text

T = TypeVar("T", bound="SplitDate")


@_attrs_define
class SplitDate(_Model):
    """A date in parts (a card's expiry: month and year).

    Attributes:
        month (int): 1 to 12.
        year (int): Four digits.
        day (int): 1 to 31, when given.
    """

    month: int
    year: int
    day: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        month = self.month
        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "month": month,
                "year": year,
            }
        )
        if self.day is not None:
            field_dict["day"] = self.day

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        month = xml_text(d.pop("month"))
        year = xml_text(d.pop("year"))
        day = xml_text(d.pop("day", None))
        split_date = cls(
            month=month,
            year=year,
            day=day,
        )

        object.__setattr__(split_date, "additional_properties", d)  # no on-setattr hooks
        return split_date
