from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.currency_code import CurrencyCode
from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    enum_member,
    keys_only,
    refuse_float,
    to_decimal,
)

_WIRE_NAMES: frozenset[str] = frozenset({"currencyCode", "amount"})


@_attrs_define
class Money(_Model):
    """An amount of money: a Decimal and its ISO 4217 currency.

    Attributes:
        currency_code (CurrencyCode): The ISO 4217 currency code, e.g. USD.
        amount (Decimal): The amount, a Decimal (never a float).
    """

    currency_code: CurrencyCode | None = None
    amount: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.currency_code is not None:
            field_dict["currencyCode"] = CurrencyCode(self.currency_code).value
        if self.amount is not None:
            field_dict["amount"] = self.amount

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _set_currency_code(_self, None if (v := src_dict.get("currencyCode")) is None else enum_member(CurrencyCode, v))
        _set_amount(_self, None if (v := src_dict.get("amount")) is None else to_decimal(v))
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _set_additional_properties(_self, extra)
        return _self


_set_currency_code = Money.__dict__["currency_code"].__set__
_set_amount = Money.__dict__["amount"].__set__
_set_additional_properties = Money.__dict__["additional_properties"].__set__
