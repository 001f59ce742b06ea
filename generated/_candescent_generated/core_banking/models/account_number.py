from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "displayValue",
        "hostValue",
        "rawHostValue",
        "billPayValue",
        "externalMortgageAccountValue",
        "pfmValue",
        "plasticCardValue",
        "rdcAccountValue",
        "wireValue",
    }
)


@_attrs_define
class AccountNumber(_Model):
    """An account number in the renderings different services use.

    Attributes:
        display_value (str): For display (usually masked).
        host_value (str): As the host stores it.
        raw_host_value (str): Exactly as the host sent it.
        bill_pay_value (str): As bill payment uses it.
        external_mortgage_account_value (str): As an external mortgage system knows it.
        pfm_value (str): As personal-finance tools use it.
        plastic_card_value (str): As printed on a card.
        rdc_account_value (str): As remote deposit capture uses it.
        wire_value (str): For wires.
    """

    display_value: str
    host_value: str
    raw_host_value: str
    bill_pay_value: str | None = None
    external_mortgage_account_value: str | None = None
    pfm_value: str | None = None
    plastic_card_value: str | None = None
    rdc_account_value: str | None = None
    wire_value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["displayValue"] = self.display_value
        field_dict["hostValue"] = self.host_value
        field_dict["rawHostValue"] = self.raw_host_value
        if self.bill_pay_value is not None:
            field_dict["billPayValue"] = self.bill_pay_value
        if self.external_mortgage_account_value is not None:
            field_dict["externalMortgageAccountValue"] = self.external_mortgage_account_value
        if self.pfm_value is not None:
            field_dict["pfmValue"] = self.pfm_value
        if self.plastic_card_value is not None:
            field_dict["plasticCardValue"] = self.plastic_card_value
        if self.rdc_account_value is not None:
            field_dict["rdcAccountValue"] = self.rdc_account_value
        if self.wire_value is not None:
            field_dict["wireValue"] = self.wire_value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.display_value = xml_text(src_dict["displayValue"])
        _self.host_value = xml_text(src_dict["hostValue"])
        _self.raw_host_value = xml_text(src_dict["rawHostValue"])
        _self.bill_pay_value = xml_text(src_dict.get("billPayValue"))
        _self.external_mortgage_account_value = xml_text(src_dict.get("externalMortgageAccountValue"))
        _self.pfm_value = xml_text(src_dict.get("pfmValue"))
        _self.plastic_card_value = xml_text(src_dict.get("plasticCardValue"))
        _self.rdc_account_value = xml_text(src_dict.get("rdcAccountValue"))
        _self.wire_value = xml_text(src_dict.get("wireValue"))
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
