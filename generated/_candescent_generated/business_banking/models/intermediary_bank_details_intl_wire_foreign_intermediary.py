from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.intermediary_bank_details_intl_wire_foreign_intermediary_intermediary_bank_type import (
    IntermediaryBankDetailsIntlWireForeignIntermediaryIntermediaryBankType,
)
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"intermediaryBankType", "intermediaryBankName", "intermediaryBankSwiftNumber", "intermediaryBankAccountNumber"}
)


@_attrs_define
class IntermediaryBankDetailsIntlWireForeignIntermediary(_Model):
    """A foreign bank an international wire passes through: its name and its SWIFT code or an account number.

    Attributes:
        intermediary_bank_type (IntermediaryBankDetailsIntlWireForeignIntermediaryIntermediaryBankType): Always
            INTERNATIONAL here.
        intermediary_bank_name (str):
        intermediary_bank_swift_number (str): The intermediary bank's SWIFT (BIC) code.
        intermediary_bank_account_number (str): An account number at the intermediary bank.
    """

    intermediary_bank_type: IntermediaryBankDetailsIntlWireForeignIntermediaryIntermediaryBankType
    intermediary_bank_name: str
    intermediary_bank_swift_number: str | None = None
    intermediary_bank_account_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["intermediaryBankType"] = IntermediaryBankDetailsIntlWireForeignIntermediaryIntermediaryBankType(
            self.intermediary_bank_type
        ).value
        field_dict["intermediaryBankName"] = self.intermediary_bank_name
        if self.intermediary_bank_swift_number is not None:
            field_dict["intermediaryBankSwiftNumber"] = self.intermediary_bank_swift_number
        if self.intermediary_bank_account_number is not None:
            field_dict["intermediaryBankAccountNumber"] = self.intermediary_bank_account_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.intermediary_bank_type = enum_member(
            IntermediaryBankDetailsIntlWireForeignIntermediaryIntermediaryBankType, src_dict["intermediaryBankType"]
        )
        _self.intermediary_bank_name = src_dict["intermediaryBankName"]
        _self.intermediary_bank_swift_number = src_dict.get("intermediaryBankSwiftNumber")
        _self.intermediary_bank_account_number = src_dict.get("intermediaryBankAccountNumber")
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
