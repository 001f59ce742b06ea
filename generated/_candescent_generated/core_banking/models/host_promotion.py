from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    keys_only,
    refuse_float,
    to_decimal,
    xml_text,
)

_WIRE_NAMES: frozenset[str] = frozenset(
    {"name", "balance", "sequenceNumber", "type", "rate", "effectiveDate", "expiredDate", "terminationDate"}
)


@_attrs_define
class HostPromotion(_Model):
    """One promotional balance (e.g. a balance transfer at a special rate).

    Attributes:
        name (str):
        balance (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        sequence_number (int): The promotion's order at the host.
        type_ (str): The host's promotion type code.
        rate (Decimal): The promotional rate, in percent (3.5 means 3.5 %).
        effective_date (str): When the promotion began, as text: a date with a UTC offset, e.g. 2025-03-25-07:00.
        expired_date (str): When the promotion expired or expires, as text: a date with a UTC offset, e.g.
            2025-03-25-07:00.
        termination_date (str): When the promotion was ended, as text: a date with a UTC offset, e.g. 2025-03-25-07:00.
    """

    name: str
    balance: Money
    sequence_number: int | None = None
    type_: str | None = None
    rate: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    effective_date: str | None = None
    expired_date: str | None = None
    termination_date: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["balance"] = self.balance.to_dict()
        if self.sequence_number is not None:
            field_dict["sequenceNumber"] = self.sequence_number
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.rate is not None:
            field_dict["rate"] = self.rate
        if self.effective_date is not None:
            field_dict["effectiveDate"] = self.effective_date
        if self.expired_date is not None:
            field_dict["expiredDate"] = self.expired_date
        if self.termination_date is not None:
            field_dict["terminationDate"] = self.termination_date

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _set_name(_self, xml_text(src_dict["name"]))
        _set_balance(_self, Money.from_dict(src_dict["balance"]))
        _set_sequence_number(_self, xml_text(src_dict.get("sequenceNumber")))
        _set_type_(_self, xml_text(src_dict.get("type")))
        _set_rate(_self, None if (v := xml_text(src_dict.get("rate"))) is None else to_decimal(v))
        _set_effective_date(_self, xml_text(src_dict.get("effectiveDate")))
        _set_expired_date(_self, xml_text(src_dict.get("expiredDate")))
        _set_termination_date(_self, xml_text(src_dict.get("terminationDate")))
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _set_additional_properties(_self, extra)
        return _self


_set_name = HostPromotion.__dict__["name"].__set__
_set_balance = HostPromotion.__dict__["balance"].__set__
_set_sequence_number = HostPromotion.__dict__["sequence_number"].__set__
_set_type_ = HostPromotion.__dict__["type_"].__set__
_set_rate = HostPromotion.__dict__["rate"].__set__
_set_effective_date = HostPromotion.__dict__["effective_date"].__set__
_set_expired_date = HostPromotion.__dict__["expired_date"].__set__
_set_termination_date = HostPromotion.__dict__["termination_date"].__set__
_set_additional_properties = HostPromotion.__dict__["additional_properties"].__set__

from ..models.money import Money
