from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intermediary_bank_details_intermediary_bank_type import IntermediaryBankDetailsIntermediaryBankType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="IntermediaryBankDetails")


@_attrs_define
class IntermediaryBankDetails(_Model):
    """
    Attributes:
        intermediary_bank_type (IntermediaryBankDetailsIntermediaryBankType | Unset):
        intermediary_bank_routing_number (str | Unset):
        intermediary_bank_account_number (str | Unset):
        intermediary_bank_name (str | Unset):
        intermediary_bank_swift_number (str | Unset):
    """

    intermediary_bank_type: IntermediaryBankDetailsIntermediaryBankType | Unset = UNSET
    intermediary_bank_routing_number: str | Unset = UNSET
    intermediary_bank_account_number: str | Unset = UNSET
    intermediary_bank_name: str | Unset = UNSET
    intermediary_bank_swift_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        intermediary_bank_type: str | Unset = UNSET
        if not isinstance(self.intermediary_bank_type, Unset):
            intermediary_bank_type = IntermediaryBankDetailsIntermediaryBankType(self.intermediary_bank_type).value

        intermediary_bank_routing_number = self.intermediary_bank_routing_number
        intermediary_bank_account_number = self.intermediary_bank_account_number
        intermediary_bank_name = self.intermediary_bank_name
        intermediary_bank_swift_number = self.intermediary_bank_swift_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intermediary_bank_type is not UNSET:
            field_dict["intermediaryBankType"] = intermediary_bank_type
        if intermediary_bank_routing_number is not UNSET:
            field_dict["intermediaryBankRoutingNumber"] = intermediary_bank_routing_number
        if intermediary_bank_account_number is not UNSET:
            field_dict["intermediaryBankAccountNumber"] = intermediary_bank_account_number
        if intermediary_bank_name is not UNSET:
            field_dict["intermediaryBankName"] = intermediary_bank_name
        if intermediary_bank_swift_number is not UNSET:
            field_dict["intermediaryBankSwiftNumber"] = intermediary_bank_swift_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _intermediary_bank_type = d.pop("intermediaryBankType", UNSET)
        intermediary_bank_type: IntermediaryBankDetailsIntermediaryBankType | Unset
        if isinstance(_intermediary_bank_type, Unset):
            intermediary_bank_type = UNSET
        else:
            intermediary_bank_type = IntermediaryBankDetailsIntermediaryBankType(_intermediary_bank_type)

        intermediary_bank_routing_number = d.pop("intermediaryBankRoutingNumber", UNSET)
        intermediary_bank_account_number = d.pop("intermediaryBankAccountNumber", UNSET)
        intermediary_bank_name = d.pop("intermediaryBankName", UNSET)
        intermediary_bank_swift_number = d.pop("intermediaryBankSwiftNumber", UNSET)
        intermediary_bank_details = cls(
            intermediary_bank_type=intermediary_bank_type,
            intermediary_bank_routing_number=intermediary_bank_routing_number,
            intermediary_bank_account_number=intermediary_bank_account_number,
            intermediary_bank_name=intermediary_bank_name,
            intermediary_bank_swift_number=intermediary_bank_swift_number,
        )

        intermediary_bank_details.additional_properties = d
        return intermediary_bank_details
