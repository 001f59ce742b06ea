from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.intermediary_bank_details_domestic_intermediary_bank_type import (
    IntermediaryBankDetailsDomesticIntermediaryBankType,
)
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"intermediaryBankType", "intermediaryBankRoutingNumber", "intermediaryBankAccountNumber"}
)


@_attrs_define
class IntermediaryBankDetailsDomestic(_Model):
    """A bank a domestic wire passes through, by its routing number.

    Attributes:
        intermediary_bank_type (IntermediaryBankDetailsDomesticIntermediaryBankType): DOMESTIC or INTERNATIONAL: where
            the intermediary bank is.
        intermediary_bank_routing_number (str): The intermediary bank's 9-digit ABA routing number.
        intermediary_bank_account_number (str): An account number at the intermediary bank, where needed.
    """

    intermediary_bank_type: IntermediaryBankDetailsDomesticIntermediaryBankType
    intermediary_bank_routing_number: str
    intermediary_bank_account_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["intermediaryBankType"] = IntermediaryBankDetailsDomesticIntermediaryBankType(
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
            IntermediaryBankDetailsDomesticIntermediaryBankType, src_dict["intermediaryBankType"]
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
