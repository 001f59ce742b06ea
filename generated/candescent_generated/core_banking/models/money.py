from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, refuse_float, to_decimal
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="Money")


@_attrs_define
class Money(_Model):
    """
    Attributes:
        amount (Decimal):
        currency_code (str | Unset):
    """

    amount: Decimal = _attrs_field(validator=refuse_float)
    currency_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        amount = self.amount
        currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = to_decimal(d.pop("amount"))

        currency_code = d.pop("currencyCode", UNSET)
        money = cls(
            amount=amount,
            currency_code=currency_code,
        )

        money.additional_properties = d
        return money
