from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, refuse_float, to_decimal, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="HostPromotion")


@_attrs_define
class HostPromotion(_Model):
    """One promotional balance (e.g. a balance transfer at a special rate).

    Attributes:
        name (str):
        balance (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        sequence_number (int | Unset): The promotion's order at the host.
        type_ (str | Unset): The host's promotion type code.
        rate (Decimal | Unset): The promotional rate, in percent (3.5 means 3.5 %).
        effective_date (str | Unset): When the promotion began, as text: a date with a UTC offset, e.g.
            2025-03-25-07:00.
        expired_date (str | Unset): When the promotion expired or expires, as text: a date with a UTC offset, e.g.
            2025-03-25-07:00.
        termination_date (str | Unset): When the promotion was ended, as text: a date with a UTC offset, e.g.
            2025-03-25-07:00.
    """

    name: str
    balance: Money
    sequence_number: int | Unset = UNSET
    type_: str | Unset = UNSET
    rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    effective_date: str | Unset = UNSET
    expired_date: str | Unset = UNSET
    termination_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        name = self.name
        balance = self.balance.to_dict()
        sequence_number = self.sequence_number
        type_ = self.type_
        rate = self.rate
        effective_date = self.effective_date
        expired_date = self.expired_date
        termination_date = self.termination_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "balance": balance,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequenceNumber"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rate is not UNSET:
            field_dict["rate"] = rate
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if expired_date is not UNSET:
            field_dict["expiredDate"] = expired_date
        if termination_date is not UNSET:
            field_dict["terminationDate"] = termination_date

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money

        d = dict(src_dict)
        name = xml_text(d.pop("name"))
        balance = Money.from_dict(d.pop("balance"))

        sequence_number = xml_text(d.pop("sequenceNumber", UNSET))
        type_ = xml_text(d.pop("type", UNSET))
        _rate = xml_text(d.pop("rate", UNSET))
        rate: Decimal | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = to_decimal(_rate)

        effective_date = xml_text(d.pop("effectiveDate", UNSET))
        expired_date = xml_text(d.pop("expiredDate", UNSET))
        termination_date = xml_text(d.pop("terminationDate", UNSET))
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
