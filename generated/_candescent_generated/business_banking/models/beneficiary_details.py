from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"beneficiaryName", "address", "beneficiaryAccountNumber", "beneficiaryInstructions", "purposeOfWire"}
)


@_attrs_define
class BeneficiaryDetails(_Model):
    """Who receives a wire.

    Attributes:
        beneficiary_name (str): The beneficiary's name.
        address (Address): The beneficiary's postal address.
        beneficiary_account_number (str): The beneficiary's account number.
        beneficiary_instructions (str): Instructions for the beneficiary.
        purpose_of_wire (str): Why the money is sent; needed where the institution reviews wires.
    """

    beneficiary_name: str
    address: Address
    beneficiary_account_number: str
    beneficiary_instructions: str | None = None
    purpose_of_wire: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["beneficiaryName"] = self.beneficiary_name
        field_dict["address"] = self.address.to_dict()
        field_dict["beneficiaryAccountNumber"] = self.beneficiary_account_number
        if self.beneficiary_instructions is not None:
            field_dict["beneficiaryInstructions"] = self.beneficiary_instructions
        if self.purpose_of_wire is not None:
            field_dict["purposeOfWire"] = self.purpose_of_wire

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.beneficiary_name = src_dict["beneficiaryName"]
        _self.address = Address.from_dict(src_dict["address"])
        _self.beneficiary_account_number = src_dict["beneficiaryAccountNumber"]
        _self.beneficiary_instructions = src_dict.get("beneficiaryInstructions")
        _self.purpose_of_wire = src_dict.get("purposeOfWire")
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.address import Address
