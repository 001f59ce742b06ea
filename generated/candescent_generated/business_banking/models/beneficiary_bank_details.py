from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.wire_address import WireAddress


T = TypeVar("T", bound="BeneficiaryBankDetails")


@_attrs_define
class BeneficiaryBankDetails(_Model):
    """
    Attributes:
        beneficiary_bank_routing_number (str | Unset): Domestic wires.
        beneficiary_bank_name (str | Unset): International wires.
        beneficiary_bank_swift_number (str | Unset): International wires.
        beneficiary_bank_account_number (str | Unset):
        beneficiary_bank_instructions (str | Unset):
        address (WireAddress | Unset):
    """

    beneficiary_bank_routing_number: str | Unset = UNSET
    beneficiary_bank_name: str | Unset = UNSET
    beneficiary_bank_swift_number: str | Unset = UNSET
    beneficiary_bank_account_number: str | Unset = UNSET
    beneficiary_bank_instructions: str | Unset = UNSET
    address: WireAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        beneficiary_bank_routing_number = self.beneficiary_bank_routing_number
        beneficiary_bank_name = self.beneficiary_bank_name
        beneficiary_bank_swift_number = self.beneficiary_bank_swift_number
        beneficiary_bank_account_number = self.beneficiary_bank_account_number
        beneficiary_bank_instructions = self.beneficiary_bank_instructions
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if beneficiary_bank_routing_number is not UNSET:
            field_dict["beneficiaryBankRoutingNumber"] = beneficiary_bank_routing_number
        if beneficiary_bank_name is not UNSET:
            field_dict["beneficiaryBankName"] = beneficiary_bank_name
        if beneficiary_bank_swift_number is not UNSET:
            field_dict["beneficiaryBankSwiftNumber"] = beneficiary_bank_swift_number
        if beneficiary_bank_account_number is not UNSET:
            field_dict["beneficiaryBankAccountNumber"] = beneficiary_bank_account_number
        if beneficiary_bank_instructions is not UNSET:
            field_dict["beneficiaryBankInstructions"] = beneficiary_bank_instructions
        if address is not UNSET:
            field_dict["address"] = address

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wire_address import WireAddress

        d = dict(src_dict)
        beneficiary_bank_routing_number = d.pop("beneficiaryBankRoutingNumber", UNSET)
        beneficiary_bank_name = d.pop("beneficiaryBankName", UNSET)
        beneficiary_bank_swift_number = d.pop("beneficiaryBankSwiftNumber", UNSET)
        beneficiary_bank_account_number = d.pop("beneficiaryBankAccountNumber", UNSET)
        beneficiary_bank_instructions = d.pop("beneficiaryBankInstructions", UNSET)
        _address = d.pop("address", UNSET)
        address: WireAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = WireAddress.from_dict(_address)

        beneficiary_bank_details = cls(
            beneficiary_bank_routing_number=beneficiary_bank_routing_number,
            beneficiary_bank_name=beneficiary_bank_name,
            beneficiary_bank_swift_number=beneficiary_bank_swift_number,
            beneficiary_bank_account_number=beneficiary_bank_account_number,
            beneficiary_bank_instructions=beneficiary_bank_instructions,
            address=address,
        )

        beneficiary_bank_details.additional_properties = d
        return beneficiary_bank_details
