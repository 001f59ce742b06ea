from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"transactions", "pagination", "additionalInfo"})


@_attrs_define
class TransactionsResponse(_Model):
    """One page of an account's transactions.

    Attributes:
        transactions (list[Transaction]): The transactions, newest first.
        pagination (Pagination): Paging facts; only when both $skip and $top were sent and the page is not past the end.
        additional_info (TransactionsResponseAdditionalInfo): With additionalFields=true: the institution's timeZone
            (e.g. America/New_York) and timeZoneOffset (hours, e.g. -5).
    """

    transactions: list[Transaction]
    pagination: Pagination | None = None
    additional_info: TransactionsResponseAdditionalInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["transactions"] = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            field_dict["transactions"].append(transactions_item)

        if self.pagination is not None:
            field_dict["pagination"] = self.pagination.to_dict()
        if self.additional_info is not None:
            field_dict["additionalInfo"] = self.additional_info.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    def _page(self) -> tuple[Self, list[Transaction]]:
        """This page and its items, as ``paginate`` reads them (no list is no items)."""
        return self, self.transactions or []

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.transactions = [Transaction.from_dict(item) for item in src_dict["transactions"]]
        _self.pagination = None if (v := src_dict.get("pagination")) is None else Pagination.from_dict(v)
        _self.additional_info = (
            None if (v := src_dict.get("additionalInfo")) is None else TransactionsResponseAdditionalInfo.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.pagination import Pagination
from ..models.transaction import Transaction
from ..models.transactions_response_additional_info import TransactionsResponseAdditionalInfo
