from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"accounts", "totalGroupCount"})


@_attrs_define
class AccountsResponse(_Model):
    """The accounts a user may see.

    Attributes:
        accounts (list[Account]): The accounts (for grouped paging: those of one location).
        total_group_count (int): Grouped paging only ($apply=groupBy(customer)): how many locations there are.
    """

    accounts: list[Account]
    total_group_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["accounts"] = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            field_dict["accounts"].append(accounts_item)

        if self.total_group_count is not None:
            field_dict["totalGroupCount"] = self.total_group_count

        return _as_json_safe(field_dict) if json_safe else field_dict

    def _page(self) -> tuple[Self, list[Account]]:
        """This page and its items, as ``paginate`` reads them (no list is no items)."""
        return self, self.accounts or []

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.accounts = [Account.from_dict(item) for item in src_dict["accounts"]]
        _self.total_group_count = src_dict.get("totalGroupCount")
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.account import Account
