from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"cardNumber", "atmExpiryDate"})


@_attrs_define
class PlasticCard(_Model):
    """A card tied to an account.

    Attributes:
        card_number (AccountNumber): The card's number in its renderings.
        atm_expiry_date (SplitDate): When the card expires.
    """

    card_number: AccountNumber
    atm_expiry_date: SplitDate | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["cardNumber"] = self.card_number.to_dict()
        if self.atm_expiry_date is not None:
            field_dict["atmExpiryDate"] = self.atm_expiry_date.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.card_number = AccountNumber.from_dict(src_dict["cardNumber"])
        _self.atm_expiry_date = None if (v := src_dict.get("atmExpiryDate")) is None else SplitDate.from_dict(v)
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.account_number import AccountNumber
from ..models.split_date import SplitDate
