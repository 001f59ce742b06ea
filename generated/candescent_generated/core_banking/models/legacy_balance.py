from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, refuse_float, to_decimal, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="LegacyBalance")


@_attrs_define
class LegacyBalance(_Model):
    """
    Attributes:
        current_balance (Decimal | Unset):
        available_balance (Decimal | Unset):
        last_statement_balance (Decimal | Unset):
    """

    current_balance: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    available_balance: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    last_statement_balance: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        current_balance = self.current_balance
        available_balance = self.available_balance
        last_statement_balance = self.last_statement_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_balance is not UNSET:
            field_dict["currentBalance"] = current_balance
        if available_balance is not UNSET:
            field_dict["availableBalance"] = available_balance
        if last_statement_balance is not UNSET:
            field_dict["lastStatementBalance"] = last_statement_balance

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _current_balance = xml_text(d.pop("currentBalance", UNSET))
        current_balance: Decimal | Unset
        if isinstance(_current_balance, Unset):
            current_balance = UNSET
        else:
            current_balance = to_decimal(_current_balance)

        _available_balance = xml_text(d.pop("availableBalance", UNSET))
        available_balance: Decimal | Unset
        if isinstance(_available_balance, Unset):
            available_balance = UNSET
        else:
            available_balance = to_decimal(_available_balance)

        _last_statement_balance = xml_text(d.pop("lastStatementBalance", UNSET))
        last_statement_balance: Decimal | Unset
        if isinstance(_last_statement_balance, Unset):
            last_statement_balance = UNSET
        else:
            last_statement_balance = to_decimal(_last_statement_balance)

        legacy_balance = cls(
            current_balance=current_balance,
            available_balance=available_balance,
            last_statement_balance=last_statement_balance,
        )

        legacy_balance.additional_properties = d
        return legacy_balance
