from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="Balance1")


@_attrs_define
class Balance1(_Model):
    """A legacy account's balances.

    Attributes:
        current_balance (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        available_balance (Money): What may be withdrawn now.
        average_daily_balance (Money): The average daily balance of the period.
        last_statement_balance (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        escrow_balance (Money): Loans: the money held in escrow.
        current_principal_balance (Money): Loans: the principal still owed.
    """

    current_balance: Money | None = None
    available_balance: Money | None = None
    average_daily_balance: Money | None = None
    last_statement_balance: Money | None = None
    escrow_balance: Money | None = None
    current_principal_balance: Money | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.current_balance is not None:
            field_dict["currentBalance"] = self.current_balance.to_dict()
        if self.available_balance is not None:
            field_dict["availableBalance"] = self.available_balance.to_dict()
        if self.average_daily_balance is not None:
            field_dict["averageDailyBalance"] = self.average_daily_balance.to_dict()
        if self.last_statement_balance is not None:
            field_dict["lastStatementBalance"] = self.last_statement_balance.to_dict()
        if self.escrow_balance is not None:
            field_dict["escrowBalance"] = self.escrow_balance.to_dict()
        if self.current_principal_balance is not None:
            field_dict["currentPrincipalBalance"] = self.current_principal_balance.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _current_balance = d.pop("currentBalance", None)
        current_balance = None if _current_balance is None else Money.from_dict(_current_balance)
        _available_balance = d.pop("availableBalance", None)
        available_balance = None if _available_balance is None else Money.from_dict(_available_balance)
        _average_daily_balance = d.pop("averageDailyBalance", None)
        average_daily_balance = None if _average_daily_balance is None else Money.from_dict(_average_daily_balance)
        _last_statement_balance = d.pop("lastStatementBalance", None)
        last_statement_balance = None if _last_statement_balance is None else Money.from_dict(_last_statement_balance)
        _escrow_balance = d.pop("escrowBalance", None)
        escrow_balance = None if _escrow_balance is None else Money.from_dict(_escrow_balance)
        _current_principal_balance = d.pop("currentPrincipalBalance", None)
        current_principal_balance = (
            None if _current_principal_balance is None else Money.from_dict(_current_principal_balance)
        )
        balance_1 = cls(
            current_balance=current_balance,
            available_balance=available_balance,
            average_daily_balance=average_daily_balance,
            last_statement_balance=last_statement_balance,
            escrow_balance=escrow_balance,
            current_principal_balance=current_principal_balance,
        )

        object.__setattr__(balance_1, "additional_properties", d)  # no on-setattr hooks
        return balance_1


from ..models.money import Money
