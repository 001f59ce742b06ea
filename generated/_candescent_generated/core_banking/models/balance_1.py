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


T = TypeVar("T", bound="Balance1")


@_attrs_define
class Balance1(_Model):
    """A legacy account's balances.

    Attributes:
        current_balance (Money | Unset): An amount of money: exact (decimal.Decimal, never float) in a currency.
        available_balance (Money | Unset): What may be withdrawn now.
        average_daily_balance (Money | Unset): The average daily balance of the period.
        last_statement_balance (Money | Unset): An amount of money: exact (decimal.Decimal, never float) in a currency.
        escrow_balance (Money | Unset): Loans: the money held in escrow.
        current_principal_balance (Money | Unset): Loans: the principal still owed.
    """

    current_balance: Money | Unset = UNSET
    available_balance: Money | Unset = UNSET
    average_daily_balance: Money | Unset = UNSET
    last_statement_balance: Money | Unset = UNSET
    escrow_balance: Money | Unset = UNSET
    current_principal_balance: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        current_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_balance, Unset):
            current_balance = self.current_balance.to_dict()
        available_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_balance, Unset):
            available_balance = self.available_balance.to_dict()
        average_daily_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.average_daily_balance, Unset):
            average_daily_balance = self.average_daily_balance.to_dict()
        last_statement_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_statement_balance, Unset):
            last_statement_balance = self.last_statement_balance.to_dict()
        escrow_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.escrow_balance, Unset):
            escrow_balance = self.escrow_balance.to_dict()
        current_principal_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_principal_balance, Unset):
            current_principal_balance = self.current_principal_balance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_balance is not UNSET:
            field_dict["currentBalance"] = current_balance
        if available_balance is not UNSET:
            field_dict["availableBalance"] = available_balance
        if average_daily_balance is not UNSET:
            field_dict["averageDailyBalance"] = average_daily_balance
        if last_statement_balance is not UNSET:
            field_dict["lastStatementBalance"] = last_statement_balance
        if escrow_balance is not UNSET:
            field_dict["escrowBalance"] = escrow_balance
        if current_principal_balance is not UNSET:
            field_dict["currentPrincipalBalance"] = current_principal_balance

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money

        d = dict(src_dict)
        _current_balance = d.pop("currentBalance", UNSET)
        current_balance: Money | Unset
        if isinstance(_current_balance, Unset):
            current_balance = UNSET
        else:
            current_balance = Money.from_dict(_current_balance)

        _available_balance = d.pop("availableBalance", UNSET)
        available_balance: Money | Unset
        if isinstance(_available_balance, Unset):
            available_balance = UNSET
        else:
            available_balance = Money.from_dict(_available_balance)

        _average_daily_balance = d.pop("averageDailyBalance", UNSET)
        average_daily_balance: Money | Unset
        if isinstance(_average_daily_balance, Unset):
            average_daily_balance = UNSET
        else:
            average_daily_balance = Money.from_dict(_average_daily_balance)

        _last_statement_balance = d.pop("lastStatementBalance", UNSET)
        last_statement_balance: Money | Unset
        if isinstance(_last_statement_balance, Unset):
            last_statement_balance = UNSET
        else:
            last_statement_balance = Money.from_dict(_last_statement_balance)

        _escrow_balance = d.pop("escrowBalance", UNSET)
        escrow_balance: Money | Unset
        if isinstance(_escrow_balance, Unset):
            escrow_balance = UNSET
        else:
            escrow_balance = Money.from_dict(_escrow_balance)

        _current_principal_balance = d.pop("currentPrincipalBalance", UNSET)
        current_principal_balance: Money | Unset
        if isinstance(_current_principal_balance, Unset):
            current_principal_balance = UNSET
        else:
            current_principal_balance = Money.from_dict(_current_principal_balance)

        balance_1 = cls(
            current_balance=current_balance,
            available_balance=available_balance,
            average_daily_balance=average_daily_balance,
            last_statement_balance=last_statement_balance,
            escrow_balance=escrow_balance,
            current_principal_balance=current_principal_balance,
        )

        balance_1.additional_properties = d
        return balance_1
