from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.intermediary_bank_details_intl_wire_domestic_intermediary_intermediary_bank_type import (
    IntermediaryBankDetailsIntlWireDomesticIntermediaryIntermediaryBankType,
)
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"intermediaryBankType", "intermediaryBankRoutingNumber", "intermediaryBankAccountNumber"}
)


@_attrs_define
class IntermediaryBankDetailsIntlWireDomesticIntermediary(_Model):
    """A US bank an international wire passes through, by its routing number.

    Attributes:
        intermediary_bank_type (IntermediaryBankDetailsIntlWireDomesticIntermediaryIntermediaryBankType): Always
            DOMESTIC here.
        intermediary_bank_routing_number (str): The intermediary bank's 9-digit ABA routing number.
        intermediary_bank_account_number (str): An account number at the intermediary bank, where needed.
    """

    intermediary_bank_type: IntermediaryBankDetailsIntlWireDomesticIntermediaryIntermediaryBankType
    intermediary_bank_routing_number: str
    intermediary_bank_account_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["intermediaryBankType"] = IntermediaryBankDetailsIntlWireDomesticIntermediaryIntermediaryBankType(
            self.intermediary_bank_type
        ).value
        field_dict["intermediaryBankRoutingNumber"] = self.intermediary_bank_routing_number
        if self.intermediary_bank_account_number is not None:
            field_dict["intermediaryBankAccountNumber"] = self.intermediary_bank_account_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.intermediary_bank_type = enum_member(
            IntermediaryBankDetailsIntlWireDomesticIntermediaryIntermediaryBankType, src_dict["intermediaryBankType"]
        )
        _self.intermediary_bank_routing_number = src_dict["intermediaryBankRoutingNumber"]
        _self.intermediary_bank_account_number = src_dict.get("intermediaryBankAccountNumber")
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
