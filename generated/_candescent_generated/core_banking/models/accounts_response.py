from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


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
        d = dict(src_dict)
        _self = cls(
            accounts=[Account.from_dict(item) for item in d.pop("accounts")],
            total_group_count=d.pop("totalGroupCount", None),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.account import Account
