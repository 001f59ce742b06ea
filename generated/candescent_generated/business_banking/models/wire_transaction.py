from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, refuse_float, to_decimal
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.beneficiary_bank_details import BeneficiaryBankDetails
    from ..models.beneficiary_details import BeneficiaryDetails
    from ..models.intermediary_bank_details import IntermediaryBankDetails


T = TypeVar("T", bound="WireTransaction")


@_attrs_define
class WireTransaction(_Model):
    """
    Attributes:
        amount (Decimal):
        currency_code (str):
        beneficiary_details (BeneficiaryDetails):
        beneficiary_bank_details (BeneficiaryBankDetails):
        transaction_price (Decimal | Unset):
        send_in_foreign_currency (bool | Unset):  Default: False.
        transact_in_foreign_currency (bool | Unset):  Default: False.
        foreign_currency_code (str | Unset):
        foreign_currency_name (str | Unset):
        foreign_currency_amount (Decimal | Unset):
        exchange_rate (Decimal | Unset):
        intermediary_bank_details (IntermediaryBankDetails | Unset):
    """

    amount: Decimal = _attrs_field(validator=refuse_float)
    currency_code: str
    beneficiary_details: BeneficiaryDetails
    beneficiary_bank_details: BeneficiaryBankDetails
    transaction_price: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    send_in_foreign_currency: bool | Unset = False
    transact_in_foreign_currency: bool | Unset = False
    foreign_currency_code: str | Unset = UNSET
    foreign_currency_name: str | Unset = UNSET
    foreign_currency_amount: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    exchange_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    intermediary_bank_details: IntermediaryBankDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        amount = self.amount
        currency_code = self.currency_code
        beneficiary_details = self.beneficiary_details.to_dict()
        beneficiary_bank_details = self.beneficiary_bank_details.to_dict()
        transaction_price = self.transaction_price
        send_in_foreign_currency = self.send_in_foreign_currency
        transact_in_foreign_currency = self.transact_in_foreign_currency
        foreign_currency_code = self.foreign_currency_code
        foreign_currency_name = self.foreign_currency_name
        foreign_currency_amount = self.foreign_currency_amount
        exchange_rate = self.exchange_rate
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
        if transaction_price is not UNSET:
            field_dict["transactionPrice"] = transaction_price
        if send_in_foreign_currency is not UNSET:
            field_dict["sendInForeignCurrency"] = send_in_foreign_currency
        if transact_in_foreign_currency is not UNSET:
            field_dict["transactInForeignCurrency"] = transact_in_foreign_currency
        if foreign_currency_code is not UNSET:
            field_dict["foreignCurrencyCode"] = foreign_currency_code
        if foreign_currency_name is not UNSET:
            field_dict["foreignCurrencyName"] = foreign_currency_name
        if foreign_currency_amount is not UNSET:
            field_dict["foreignCurrencyAmount"] = foreign_currency_amount
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if intermediary_bank_details is not UNSET:
            field_dict["intermediaryBankDetails"] = intermediary_bank_details

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.beneficiary_bank_details import BeneficiaryBankDetails
        from ..models.beneficiary_details import BeneficiaryDetails
        from ..models.intermediary_bank_details import IntermediaryBankDetails

        d = dict(src_dict)
        amount = to_decimal(d.pop("amount"))

        currency_code = d.pop("currencyCode")
        beneficiary_details = BeneficiaryDetails.from_dict(d.pop("beneficiaryDetails"))

        beneficiary_bank_details = BeneficiaryBankDetails.from_dict(d.pop("beneficiaryBankDetails"))

        _transaction_price = d.pop("transactionPrice", UNSET)
        transaction_price: Decimal | Unset
        if isinstance(_transaction_price, Unset):
            transaction_price = UNSET
        else:
            transaction_price = to_decimal(_transaction_price)

        send_in_foreign_currency = d.pop("sendInForeignCurrency", UNSET)
        transact_in_foreign_currency = d.pop("transactInForeignCurrency", UNSET)
        foreign_currency_code = d.pop("foreignCurrencyCode", UNSET)
        foreign_currency_name = d.pop("foreignCurrencyName", UNSET)
        _foreign_currency_amount = d.pop("foreignCurrencyAmount", UNSET)
        foreign_currency_amount: Decimal | Unset
        if isinstance(_foreign_currency_amount, Unset):
            foreign_currency_amount = UNSET
        else:
            foreign_currency_amount = to_decimal(_foreign_currency_amount)

        _exchange_rate = d.pop("exchangeRate", UNSET)
        exchange_rate: Decimal | Unset
        if isinstance(_exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = to_decimal(_exchange_rate)

        _intermediary_bank_details = d.pop("intermediaryBankDetails", UNSET)
        intermediary_bank_details: IntermediaryBankDetails | Unset
        if isinstance(_intermediary_bank_details, Unset):
            intermediary_bank_details = UNSET
        else:
            intermediary_bank_details = IntermediaryBankDetails.from_dict(_intermediary_bank_details)

        wire_transaction = cls(
            amount=amount,
            currency_code=currency_code,
            beneficiary_details=beneficiary_details,
            beneficiary_bank_details=beneficiary_bank_details,
            transaction_price=transaction_price,
            send_in_foreign_currency=send_in_foreign_currency,
            transact_in_foreign_currency=transact_in_foreign_currency,
            foreign_currency_code=foreign_currency_code,
            foreign_currency_name=foreign_currency_name,
            foreign_currency_amount=foreign_currency_amount,
            exchange_rate=exchange_rate,
            intermediary_bank_details=intermediary_bank_details,
        )

        wire_transaction.additional_properties = d
        return wire_transaction
