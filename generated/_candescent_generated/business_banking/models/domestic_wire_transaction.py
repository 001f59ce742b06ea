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

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "amount",
        "currencyCode",
        "beneficiaryDetails",
        "beneficiaryBankDetails",
        "id",
        "transactionPrice",
        "paymentId",
        "intermediaryBankDetails",
    }
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
        _self = object.__new__(cls)
        _set_amount(_self, to_decimal(src_dict["amount"]))
        _set_currency_code(_self, enum_member(CurrencyCode, src_dict["currencyCode"]))
        _set_beneficiary_details(_self, BeneficiaryDetails.from_dict(src_dict["beneficiaryDetails"]))
        _set_beneficiary_bank_details(
            _self, BeneficiaryBankDetailsDomestic.from_dict(src_dict["beneficiaryBankDetails"])
        )
        _set_id(_self, src_dict.get("id"))
        _set_transaction_price(_self, None if (v := src_dict.get("transactionPrice")) is None else to_decimal(v))
        _set_payment_id(_self, src_dict.get("paymentId"))
        _set_intermediary_bank_details(
            _self,
            None
            if (v := src_dict.get("intermediaryBankDetails")) is None
            else IntermediaryBankDetailsDomestic.from_dict(v),
        )
        extra = (
            {}
            if len(src_dict) == 4 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _set_additional_properties(_self, extra)
        return _self


_set_amount = DomesticWireTransaction.__dict__["amount"].__set__
_set_currency_code = DomesticWireTransaction.__dict__["currency_code"].__set__
_set_beneficiary_details = DomesticWireTransaction.__dict__["beneficiary_details"].__set__
_set_beneficiary_bank_details = DomesticWireTransaction.__dict__["beneficiary_bank_details"].__set__
_set_id = DomesticWireTransaction.__dict__["id"].__set__
_set_transaction_price = DomesticWireTransaction.__dict__["transaction_price"].__set__
_set_payment_id = DomesticWireTransaction.__dict__["payment_id"].__set__
_set_intermediary_bank_details = DomesticWireTransaction.__dict__["intermediary_bank_details"].__set__
_set_additional_properties = DomesticWireTransaction.__dict__["additional_properties"].__set__

from ..models.beneficiary_bank_details_domestic import BeneficiaryBankDetailsDomestic
from ..models.beneficiary_details import BeneficiaryDetails
from ..models.intermediary_bank_details_domestic import IntermediaryBankDetailsDomestic
