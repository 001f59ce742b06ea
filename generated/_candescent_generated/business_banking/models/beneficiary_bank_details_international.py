from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="BeneficiaryBankDetailsInternational")


@_attrs_define
class BeneficiaryBankDetailsInternational(_Model):
    """The beneficiary's bank in an international wire: found by its SWIFT code.

    Attributes:
        beneficiary_bank_name (str): The bank's name.
        beneficiary_bank_swift_number (str): The bank's SWIFT (BIC) code.
        address (Address): The bank's postal address.
        beneficiary_bank_account_number (str): An account number at that bank, where the route needs one.
        beneficiary_bank_instructions (str): Instructions for the beneficiary's bank.
    """

    beneficiary_bank_name: str
    beneficiary_bank_swift_number: str
    address: Address
    beneficiary_bank_account_number: str | None = None
    beneficiary_bank_instructions: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        beneficiary_bank_name = self.beneficiary_bank_name
        beneficiary_bank_swift_number = self.beneficiary_bank_swift_number
        address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "beneficiaryBankName": beneficiary_bank_name,
                "beneficiaryBankSwiftNumber": beneficiary_bank_swift_number,
                "address": address,
            }
        )
        if self.beneficiary_bank_account_number is not None:
            field_dict["beneficiaryBankAccountNumber"] = self.beneficiary_bank_account_number
        if self.beneficiary_bank_instructions is not None:
            field_dict["beneficiaryBankInstructions"] = self.beneficiary_bank_instructions

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        beneficiary_bank_name = d.pop("beneficiaryBankName")
        beneficiary_bank_swift_number = d.pop("beneficiaryBankSwiftNumber")
        address = Address.from_dict(d.pop("address"))

        beneficiary_bank_account_number = d.pop("beneficiaryBankAccountNumber", None)
        beneficiary_bank_instructions = d.pop("beneficiaryBankInstructions", None)
        beneficiary_bank_details_international = cls(
            beneficiary_bank_name=beneficiary_bank_name,
            beneficiary_bank_swift_number=beneficiary_bank_swift_number,
            address=address,
            beneficiary_bank_account_number=beneficiary_bank_account_number,
            beneficiary_bank_instructions=beneficiary_bank_instructions,
        )

        object.__setattr__(beneficiary_bank_details_international, "additional_properties", d)  # no on-setattr hooks
        return beneficiary_bank_details_international


from ..models.address import Address
