from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.transaction import Transaction
    from ..models.transactions_response_additional_info import TransactionsResponseAdditionalInfo


T = TypeVar("T", bound="TransactionsResponse")


@_attrs_define
class TransactionsResponse(_Model):
    """One page of an account's transactions.

    Attributes:
        transactions (list[Transaction]): The transactions, newest first.
        pagination (Pagination | Unset): Paging facts; only when both $skip and $top were sent and the page is not past
            the end.
        additional_info (TransactionsResponseAdditionalInfo | Unset): With additionalFields=true: the institution's
            timeZone (e.g. America/New_York) and timeZoneOffset (hours, e.g. -5).
    """

    transactions: list[Transaction]
    pagination: Pagination | Unset = UNSET
    additional_info: TransactionsResponseAdditionalInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()
        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactions": transactions,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination
        from ..models.transaction import Transaction
        from ..models.transactions_response_additional_info import TransactionsResponseAdditionalInfo

        d = dict(src_dict)
        transactions = []
        _transactions = d.pop("transactions")
        for transactions_item_data in _transactions:
            transactions_item = Transaction.from_dict(transactions_item_data)

            transactions.append(transactions_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: TransactionsResponseAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = TransactionsResponseAdditionalInfo.from_dict(_additional_info)

        transactions_response = cls(
            transactions=transactions,
            pagination=pagination,
            additional_info=additional_info,
        )

        transactions_response.additional_properties = d
        return transactions_response
