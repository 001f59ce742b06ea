from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance(_Model):
    """A retail account's balances.

    Attributes:
        available_balance (Money | Unset): What may be withdrawn now.
        average_statement_balance (Money | Unset): The average balance over the latest statement period.
        current_balance (Money | Unset): An amount of money: exact (decimal.Decimal, never float) in a currency.
    """

    available_balance: Money | Unset = UNSET
    average_statement_balance: Money | Unset = UNSET
    current_balance: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        available_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_balance, Unset):
            available_balance = self.available_balance.to_dict()
        average_statement_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.average_statement_balance, Unset):
            average_statement_balance = self.average_statement_balance.to_dict()
        current_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_balance, Unset):
            current_balance = self.current_balance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_balance is not UNSET:
            field_dict["availableBalance"] = available_balance
        if average_statement_balance is not UNSET:
            field_dict["averageStatementBalance"] = average_statement_balance
        if current_balance is not UNSET:
            field_dict["currentBalance"] = current_balance

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money

        d = dict(src_dict)
        _available_balance = d.pop("availableBalance", UNSET)
        available_balance: Money | Unset
        if isinstance(_available_balance, Unset):
            available_balance = UNSET
        else:
            available_balance = Money.from_dict(_available_balance)

        _average_statement_balance = d.pop("averageStatementBalance", UNSET)
        average_statement_balance: Money | Unset
        if isinstance(_average_statement_balance, Unset):
            average_statement_balance = UNSET
        else:
            average_statement_balance = Money.from_dict(_average_statement_balance)

        _current_balance = d.pop("currentBalance", UNSET)
        current_balance: Money | Unset
        if isinstance(_current_balance, Unset):
            current_balance = UNSET
        else:
            current_balance = Money.from_dict(_current_balance)

        balance = cls(
            available_balance=available_balance,
            average_statement_balance=average_statement_balance,
            current_balance=current_balance,
        )

        balance.additional_properties = d
        return balance
