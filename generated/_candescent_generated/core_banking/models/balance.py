from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"availableBalance", "averageStatementBalance", "currentBalance"})


@_attrs_define
class Balance(_Model):
    """A retail account's balances.

    Attributes:
        available_balance (Money): What may be withdrawn now.
        average_statement_balance (Money): The average balance over the latest statement period.
        current_balance (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
    """

    available_balance: Money | None = None
    average_statement_balance: Money | None = None
    current_balance: Money | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.available_balance is not None:
            field_dict["availableBalance"] = self.available_balance.to_dict()
        if self.average_statement_balance is not None:
            field_dict["averageStatementBalance"] = self.average_statement_balance.to_dict()
        if self.current_balance is not None:
            field_dict["currentBalance"] = self.current_balance.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.available_balance = None if (v := src_dict.get("availableBalance")) is None else Money.from_dict(v)
        _self.average_statement_balance = (
            None if (v := src_dict.get("averageStatementBalance")) is None else Money.from_dict(v)
        )
        _self.current_balance = None if (v := src_dict.get("currentBalance")) is None else Money.from_dict(v)
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.money import Money
