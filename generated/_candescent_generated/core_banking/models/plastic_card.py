from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


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
        d = dict(src_dict)
        _self = cls(
            card_number=AccountNumber.from_dict(d.pop("cardNumber")),
            atm_expiry_date=None if (v := d.pop("atmExpiryDate", None)) is None else SplitDate.from_dict(v),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.account_number import AccountNumber
from ..models.split_date import SplitDate
