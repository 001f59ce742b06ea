from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.term_type import TermType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="Term")


@_attrs_define
class Term(_Model):
    """How long an account's term lasts.

    Attributes:
        duration (int | Unset): The length, in termType units.
        term_type (TermType | Unset): The unit.
    """

    duration: int | Unset = UNSET
    term_type: TermType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        duration = self.duration
        term_type: str | Unset = UNSET
        if not isinstance(self.term_type, Unset):
            term_type = TermType(self.term_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration is not UNSET:
            field_dict["duration"] = duration
        if term_type is not UNSET:
            field_dict["termType"] = term_type

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration", UNSET)
        _term_type = d.pop("termType", UNSET)
        term_type: TermType | Unset
        if isinstance(_term_type, Unset):
            term_type = UNSET
        else:
            term_type = TermType(_term_type)

        term = cls(
            duration=duration,
            term_type=term_type,
        )

        term.additional_properties = d
        return term
