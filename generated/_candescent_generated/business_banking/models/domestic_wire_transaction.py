from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency_code import CurrencyCode
from ..types import UNSET, Unset, keys_only, refuse_float, to_decimal
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.beneficiary_bank_details_domestic import BeneficiaryBankDetailsDomestic
    from ..models.beneficiary_details import BeneficiaryDetails
    from ..models.intermediary_bank_details_domestic import IntermediaryBankDetailsDomestic


T = TypeVar("T", bound="DomesticWireTransaction")


@_attrs_define
class DomesticWireTransaction(_Model):
    """The money and the parties of a domestic wire.

    Attributes:
        amount (Decimal): The amount in currencyCode (decimal, at most two places).
        currency_code (CurrencyCode): ISO 4217 code of the amount's currency, e.g. USD.
        beneficiary_details (BeneficiaryDetails): Who receives the money.
        beneficiary_bank_details (BeneficiaryBankDetailsDomestic): The beneficiary's bank.
        id (str | Unset): The transfer's id (given by the platform).
        transaction_price (Decimal | Unset): A fee for the wire (decimal), where the institution charges one.
        payment_id (str | Unset): The id of the wire payment it belongs to.
        intermediary_bank_details (IntermediaryBankDetailsDomestic | Unset): A bank the wire passes through on the way,
            where there is one.
    """

    amount: Decimal = _attrs_field(validator=refuse_float)
    currency_code: CurrencyCode
    beneficiary_details: BeneficiaryDetails
    beneficiary_bank_details: BeneficiaryBankDetailsDomestic
    id: str | Unset = UNSET
    transaction_price: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    payment_id: str | Unset = UNSET
    intermediary_bank_details: IntermediaryBankDetailsDomestic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        amount = self.amount
        currency_code = CurrencyCode(self.currency_code).value
        beneficiary_details = self.beneficiary_details.to_dict()
        beneficiary_bank_details = self.beneficiary_bank_details.to_dict()
        id = self.id
        transaction_price = self.transaction_price
        payment_id = self.payment_id
        intermediary_bank_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intermediary_bank_details, Unset):
            intermediary_bank_details = self.intermediary_bank_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currencyCode": currency_code,
                "beneficiaryDetails": beneficiary_details,
                "beneficiaryBankDetails": beneficiary_bank_details,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if transaction_price is not UNSET:
            field_dict["transactionPrice"] = transaction_price
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if intermediary_bank_details is not UNSET:
            field_dict["intermediaryBankDetails"] = intermediary_bank_details

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.beneficiary_bank_details_domestic import BeneficiaryBankDetailsDomestic
        from ..models.beneficiary_details import BeneficiaryDetails
        from ..models.intermediary_bank_details_domestic import IntermediaryBankDetailsDomestic

        d = dict(src_dict)
        amount = to_decimal(d.pop("amount"))

        currency_code = CurrencyCode(d.pop("currencyCode"))

        beneficiary_details = BeneficiaryDetails.from_dict(d.pop("beneficiaryDetails"))

        beneficiary_bank_details = BeneficiaryBankDetailsDomestic.from_dict(d.pop("beneficiaryBankDetails"))

        id = d.pop("id", UNSET)
        _transaction_price = d.pop("transactionPrice", UNSET)
        transaction_price: Decimal | Unset
        if isinstance(_transaction_price, Unset):
            transaction_price = UNSET
        else:
            transaction_price = to_decimal(_transaction_price)

        payment_id = d.pop("paymentId", UNSET)
        _intermediary_bank_details = d.pop("intermediaryBankDetails", UNSET)
        intermediary_bank_details: IntermediaryBankDetailsDomestic | Unset
        if isinstance(_intermediary_bank_details, Unset):
            intermediary_bank_details = UNSET
        else:
            intermediary_bank_details = IntermediaryBankDetailsDomestic.from_dict(_intermediary_bank_details)

        domestic_wire_transaction = cls(
            amount=amount,
            currency_code=currency_code,
            beneficiary_details=beneficiary_details,
            beneficiary_bank_details=beneficiary_bank_details,
            id=id,
            transaction_price=transaction_price,
            payment_id=payment_id,
            intermediary_bank_details=intermediary_bank_details,
        )

        domestic_wire_transaction.additional_properties = d
        return domestic_wire_transaction
