from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"beneficiaryBankRoutingNumber", "beneficiaryBankInstructions"})


@_attrs_define
class BeneficiaryBankDetailsDomestic(_Model):
    """The beneficiary's bank in a domestic wire: found by its routing number.

    Attributes:
        beneficiary_bank_routing_number (str): The bank's 9-digit ABA routing number.
        beneficiary_bank_instructions (str): Instructions for the beneficiary's bank.
    """

    beneficiary_bank_routing_number: str
    beneficiary_bank_instructions: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["beneficiaryBankRoutingNumber"] = self.beneficiary_bank_routing_number
        if self.beneficiary_bank_instructions is not None:
            field_dict["beneficiaryBankInstructions"] = self.beneficiary_bank_instructions

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.beneficiary_bank_routing_number = src_dict["beneficiaryBankRoutingNumber"]
        _self.beneficiary_bank_instructions = src_dict.get("beneficiaryBankInstructions")
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
