from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.term_type import TermType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"duration", "termType"})


@_attrs_define
class Term(_Model):
    """How long an account's term lasts.

    Attributes:
        duration (int): The length, in termType units.
        term_type (TermType): The unit.
    """

    duration: int | None = None
    term_type: TermType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.duration is not None:
            field_dict["duration"] = self.duration
        if self.term_type is not None:
            field_dict["termType"] = TermType(self.term_type).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.duration = src_dict.get("duration")
        _self.term_type = None if (v := src_dict.get("termType")) is None else enum_member(TermType, v)
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
