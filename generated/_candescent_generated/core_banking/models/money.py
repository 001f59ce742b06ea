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
    xml_text,
)


@_attrs_define
class Money(_Model):
    """An amount of money: exact (decimal.Decimal, never float) in a currency.

    Attributes:
        currency_code (CurrencyCode): The ISO 4217 currency (USD).
        amount (Decimal): The amount in units of the currency (dollars, not cents), exact.
    """

    currency_code: CurrencyCode
    amount: Decimal = _attrs_field(validator=refuse_float)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["currencyCode"] = CurrencyCode(self.currency_code).value
        field_dict["amount"] = self.amount

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self, _set = object.__new__(cls), object.__setattr__
        _set(_self, "currency_code", enum_member(CurrencyCode, xml_text(d.pop("currencyCode"))))
        _set(_self, "amount", to_decimal(xml_text(d.pop("amount"))))
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
