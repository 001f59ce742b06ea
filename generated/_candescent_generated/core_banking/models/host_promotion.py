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
        d = dict(src_dict)
        _self, _set = object.__new__(cls), object.__setattr__
        _set(_self, "name", xml_text(d.pop("name")))
        _set(_self, "balance", Money.from_dict(d.pop("balance")))
        _set(_self, "sequence_number", xml_text(d.pop("sequenceNumber", None)))
        _set(_self, "type_", xml_text(d.pop("type", None)))
        _set(_self, "rate", None if (v := xml_text(d.pop("rate", None))) is None else to_decimal(v))
        _set(_self, "effective_date", xml_text(d.pop("effectiveDate", None)))
        _set(_self, "expired_date", xml_text(d.pop("expiredDate", None)))
        _set(_self, "termination_date", xml_text(d.pop("terminationDate", None)))
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.money import Money
