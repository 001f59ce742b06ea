from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "currentBalance",
        "availableBalance",
        "averageDailyBalance",
        "lastStatementBalance",
        "escrowBalance",
        "currentPrincipalBalance",
    }
)


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
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
        _self = object.__new__(cls)
        _self.current_balance = None if (v := src_dict.get("currentBalance")) is None else Money.from_dict(v)
        _self.available_balance = None if (v := src_dict.get("availableBalance")) is None else Money.from_dict(v)
        _self.average_daily_balance = None if (v := src_dict.get("averageDailyBalance")) is None else Money.from_dict(v)
        _self.last_statement_balance = (
            None if (v := src_dict.get("lastStatementBalance")) is None else Money.from_dict(v)
        )
        _self.escrow_balance = None if (v := src_dict.get("escrowBalance")) is None else Money.from_dict(v)
        _self.current_principal_balance = (
            None if (v := src_dict.get("currentPrincipalBalance")) is None else Money.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.money import Money
