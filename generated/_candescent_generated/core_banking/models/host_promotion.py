from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, refuse_float, to_decimal, xml_text

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="HostPromotion")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        name = self.name
        balance = self.balance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "balance": balance,
            }
        )
        if self.sequence_number is not None:
            sequence_number = self.sequence_number
            field_dict["sequenceNumber"] = sequence_number
        if self.type_ is not None:
            type_ = self.type_
            field_dict["type"] = type_
        if self.rate is not None:
            rate = self.rate
            field_dict["rate"] = rate
        if self.effective_date is not None:
            effective_date = self.effective_date
            field_dict["effectiveDate"] = effective_date
        if self.expired_date is not None:
            expired_date = self.expired_date
            field_dict["expiredDate"] = expired_date
        if self.termination_date is not None:
            termination_date = self.termination_date
            field_dict["terminationDate"] = termination_date

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money

        d = dict(src_dict)
        name = xml_text(d.pop("name"))
        balance = Money.from_dict(d.pop("balance"))

        _sequence_number = xml_text(d.pop("sequenceNumber", None))
        sequence_number: int | None = None
        if _sequence_number is not None:
            sequence_number = _sequence_number
        _type_ = xml_text(d.pop("type", None))
        type_: str | None = None
        if _type_ is not None:
            type_ = _type_
        _rate = xml_text(d.pop("rate", None))
        rate: Decimal | None = None
        if _rate is not None:
            rate = to_decimal(_rate)

        _effective_date = xml_text(d.pop("effectiveDate", None))
        effective_date: str | None = None
        if _effective_date is not None:
            effective_date = _effective_date
        _expired_date = xml_text(d.pop("expiredDate", None))
        expired_date: str | None = None
        if _expired_date is not None:
            expired_date = _expired_date
        _termination_date = xml_text(d.pop("terminationDate", None))
        termination_date: str | None = None
        if _termination_date is not None:
            termination_date = _termination_date
        host_promotion = cls(
            name=name,
            balance=balance,
            sequence_number=sequence_number,
            type_=type_,
            rate=rate,
            effective_date=effective_date,
            expired_date=expired_date,
            termination_date=termination_date,
        )

        host_promotion.additional_properties = d
        return host_promotion
