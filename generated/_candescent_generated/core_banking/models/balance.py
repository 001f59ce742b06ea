from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


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
        d = dict(src_dict)
        _self = cls(
            available_balance=None if (v := d.pop("availableBalance", None)) is None else Money.from_dict(v),
            average_statement_balance=None
            if (v := d.pop("averageStatementBalance", None)) is None
            else Money.from_dict(v),
            current_balance=None if (v := d.pop("currentBalance", None)) is None else Money.from_dict(v),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.money import Money
