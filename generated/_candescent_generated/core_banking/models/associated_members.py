from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="AssociatedMembers")


@_attrs_define
class AssociatedMembers(_Model):
    """Member numbers tied to an account.

    Attributes:
        member_number (list[str]): One element per member number.
    """

    member_number: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        member_number = self.member_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "memberNumber": member_number,
            }
        )

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        member_number = cast(list[str], d.pop("memberNumber"))

        associated_members = cls(
            member_number=member_number,
        )

        object.__setattr__(associated_members, "additional_properties", d)  # no on-setattr hooks
        return associated_members
