from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.currency_code import CurrencyCode
from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    enum_member,
    keys_only,
    refuse_float,
    to_decimal,
)


@_attrs_define
class DomesticWireTransaction(_Model):
    """The money and the parties of a domestic wire.

    Attributes:
        amount (Decimal): The amount in currencyCode (decimal, at most two places).
        currency_code (CurrencyCode): ISO 4217 code of the amount's currency, e.g. USD.
        beneficiary_details (BeneficiaryDetails): Who receives the money.
        beneficiary_bank_details (BeneficiaryBankDetailsDomestic): The beneficiary's bank.
        id (str): The transfer's id (given by the platform).
        transaction_price (Decimal): A fee for the wire (decimal), where the institution charges one.
        payment_id (str): The id of the wire payment it belongs to.
        intermediary_bank_details (IntermediaryBankDetailsDomestic): A bank the wire passes through on the way, where
            there is one.
    """

    amount: Decimal = _attrs_field(validator=refuse_float)
    currency_code: CurrencyCode
    beneficiary_details: BeneficiaryDetails
    beneficiary_bank_details: BeneficiaryBankDetailsDomestic
    id: str | None = None
    transaction_price: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    payment_id: str | None = None
    intermediary_bank_details: IntermediaryBankDetailsDomestic | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["amount"] = self.amount
        field_dict["currencyCode"] = CurrencyCode(self.currency_code).value
        field_dict["beneficiaryDetails"] = self.beneficiary_details.to_dict()
        field_dict["beneficiaryBankDetails"] = self.beneficiary_bank_details.to_dict()
        if self.id is not None:
            field_dict["id"] = self.id
        if self.transaction_price is not None:
            field_dict["transactionPrice"] = self.transaction_price
        if self.payment_id is not None:
            field_dict["paymentId"] = self.payment_id
        if self.intermediary_bank_details is not None:
            field_dict["intermediaryBankDetails"] = self.intermediary_bank_details.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self, _set = object.__new__(cls), object.__setattr__
        _set(_self, "amount", to_decimal(d.pop("amount")))
        _set(_self, "currency_code", enum_member(CurrencyCode, d.pop("currencyCode")))
        _set(_self, "beneficiary_details", BeneficiaryDetails.from_dict(d.pop("beneficiaryDetails")))
        _set(
            _self, "beneficiary_bank_details", BeneficiaryBankDetailsDomestic.from_dict(d.pop("beneficiaryBankDetails"))
        )
        _set(_self, "id", d.pop("id", None))
        _set(_self, "transaction_price", None if (v := d.pop("transactionPrice", None)) is None else to_decimal(v))
        _set(_self, "payment_id", d.pop("paymentId", None))
        _set(
            _self,
            "intermediary_bank_details",
            None
            if (v := d.pop("intermediaryBankDetails", None)) is None
            else IntermediaryBankDetailsDomestic.from_dict(v),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.beneficiary_bank_details_domestic import BeneficiaryBankDetailsDomestic
from ..models.beneficiary_details import BeneficiaryDetails
from ..models.intermediary_bank_details_domestic import IntermediaryBankDetailsDomestic
