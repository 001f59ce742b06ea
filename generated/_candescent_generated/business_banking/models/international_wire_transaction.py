from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency_code import CurrencyCode
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, refuse_float, to_decimal

if TYPE_CHECKING:
    from ..models.beneficiary_bank_details_international import BeneficiaryBankDetailsInternational
    from ..models.beneficiary_details import BeneficiaryDetails
    from ..models.intermediary_bank_details_intl_wire_domestic_intermediary import (
        IntermediaryBankDetailsIntlWireDomesticIntermediary,
    )
    from ..models.intermediary_bank_details_intl_wire_foreign_intermediary import (
        IntermediaryBankDetailsIntlWireForeignIntermediary,
    )


T = TypeVar("T", bound="InternationalWireTransaction")


@_attrs_define
class InternationalWireTransaction(_Model):
    """The money and the parties of an international wire; sendInForeignCurrency and transactInForeignCurrency are never
    both true.

        Attributes:
            amount (Decimal): The amount in currencyCode (decimal, at most two places).
            currency_code (CurrencyCode): ISO 4217 code of the amount's currency, e.g. USD.
            beneficiary_details (BeneficiaryDetails): Who receives the money.
            beneficiary_bank_details (BeneficiaryBankDetailsInternational): The beneficiary's bank.
            id (str): The transfer's id (given by the platform).
            transaction_price (Decimal): A fee for the wire (decimal), where the institution charges one.
            payment_id (str): The id of the wire payment it belongs to.
            intermediary_bank_details (IntermediaryBankDetailsIntlWireDomesticIntermediary |
                IntermediaryBankDetailsIntlWireForeignIntermediary): A bank the wire passes through on the way, where there is
                one.
            send_in_foreign_currency (bool): true: the amount is converted and delivered in foreignCurrencyCode. Default:
                False.
            transact_in_foreign_currency (bool): true: the wire is for foreignCurrencyAmount of foreignCurrencyCode.
                Default: False.
            foreign_currency_code (CurrencyCode): ISO 4217 code of the currency the beneficiary receives.
            foreign_currency_name (str): That currency's name (given by the platform).
            foreign_currency_amount (Decimal): The amount in foreignCurrencyCode (decimal); needed with
                transactInForeignCurrency.
            exchange_rate (Decimal): The exchange rate applied (decimal).
    """

    amount: Decimal = _attrs_field(validator=refuse_float)
    currency_code: CurrencyCode
    beneficiary_details: BeneficiaryDetails
    beneficiary_bank_details: BeneficiaryBankDetailsInternational
    id: str | None = None
    transaction_price: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    payment_id: str | None = None
    intermediary_bank_details: (
        IntermediaryBankDetailsIntlWireDomesticIntermediary | IntermediaryBankDetailsIntlWireForeignIntermediary | None
    ) = None
    send_in_foreign_currency: bool | None = False
    transact_in_foreign_currency: bool | None = False
    foreign_currency_code: CurrencyCode | None = None
    foreign_currency_name: str | None = None
    foreign_currency_amount: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    exchange_rate: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        from ..models.intermediary_bank_details_intl_wire_domestic_intermediary import (
            IntermediaryBankDetailsIntlWireDomesticIntermediary,
        )

        amount = self.amount
        currency_code = CurrencyCode(self.currency_code).value
        beneficiary_details = self.beneficiary_details.to_dict()
        beneficiary_bank_details = self.beneficiary_bank_details.to_dict()

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
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        if self.transaction_price is not None:
            transaction_price = self.transaction_price
            field_dict["transactionPrice"] = transaction_price
        if self.payment_id is not None:
            payment_id = self.payment_id
            field_dict["paymentId"] = payment_id
        if self.intermediary_bank_details is not None:
            intermediary_bank_details: dict[str, Any]
            if isinstance(self.intermediary_bank_details, IntermediaryBankDetailsIntlWireDomesticIntermediary):
                intermediary_bank_details = self.intermediary_bank_details.to_dict()
            else:
                intermediary_bank_details = self.intermediary_bank_details.to_dict()

            field_dict["intermediaryBankDetails"] = intermediary_bank_details
        if self.send_in_foreign_currency is not None:
            send_in_foreign_currency = self.send_in_foreign_currency
            field_dict["sendInForeignCurrency"] = send_in_foreign_currency
        if self.transact_in_foreign_currency is not None:
            transact_in_foreign_currency = self.transact_in_foreign_currency
            field_dict["transactInForeignCurrency"] = transact_in_foreign_currency
        if self.foreign_currency_code is not None:
            foreign_currency_code = CurrencyCode(self.foreign_currency_code).value
            field_dict["foreignCurrencyCode"] = foreign_currency_code
        if self.foreign_currency_name is not None:
            foreign_currency_name = self.foreign_currency_name
            field_dict["foreignCurrencyName"] = foreign_currency_name
        if self.foreign_currency_amount is not None:
            foreign_currency_amount = self.foreign_currency_amount
            field_dict["foreignCurrencyAmount"] = foreign_currency_amount
        if self.exchange_rate is not None:
            exchange_rate = self.exchange_rate
            field_dict["exchangeRate"] = exchange_rate

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.beneficiary_bank_details_international import BeneficiaryBankDetailsInternational
        from ..models.beneficiary_details import BeneficiaryDetails
        from ..models.intermediary_bank_details_intl_wire_domestic_intermediary import (
            IntermediaryBankDetailsIntlWireDomesticIntermediary,
        )
        from ..models.intermediary_bank_details_intl_wire_foreign_intermediary import (
            IntermediaryBankDetailsIntlWireForeignIntermediary,
        )

        d = dict(src_dict)
        amount = to_decimal(d.pop("amount"))

        currency_code = CurrencyCode(d.pop("currencyCode"))

        beneficiary_details = BeneficiaryDetails.from_dict(d.pop("beneficiaryDetails"))

        beneficiary_bank_details = BeneficiaryBankDetailsInternational.from_dict(d.pop("beneficiaryBankDetails"))

        _id = d.pop("id", None)
        id: str | None = None
        if _id is not None:
            id = _id
        _transaction_price = d.pop("transactionPrice", None)
        transaction_price: Decimal | None = None
        if _transaction_price is not None:
            transaction_price = to_decimal(_transaction_price)

        _payment_id = d.pop("paymentId", None)
        payment_id: str | None = None
        if _payment_id is not None:
            payment_id = _payment_id
        _intermediary_bank_details = d.pop("intermediaryBankDetails", None)
        intermediary_bank_details: (
            IntermediaryBankDetailsIntlWireDomesticIntermediary
            | IntermediaryBankDetailsIntlWireForeignIntermediary
            | None
        ) = None
        if _intermediary_bank_details is not None:

            def _parse_intermediary_bank_details(
                data: object,
            ) -> (
                IntermediaryBankDetailsIntlWireDomesticIntermediary | IntermediaryBankDetailsIntlWireForeignIntermediary
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_intermediary_bank_details_international_type_0 = (
                        IntermediaryBankDetailsIntlWireDomesticIntermediary.from_dict(data)
                    )

                    return componentsschemas_intermediary_bank_details_international_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_intermediary_bank_details_international_type_1 = (
                    IntermediaryBankDetailsIntlWireForeignIntermediary.from_dict(data)
                )

                return componentsschemas_intermediary_bank_details_international_type_1

            intermediary_bank_details = _parse_intermediary_bank_details(_intermediary_bank_details)

        _send_in_foreign_currency = d.pop("sendInForeignCurrency", None)
        send_in_foreign_currency: bool | None = False
        if _send_in_foreign_currency is not None:
            send_in_foreign_currency = _send_in_foreign_currency
        _transact_in_foreign_currency = d.pop("transactInForeignCurrency", None)
        transact_in_foreign_currency: bool | None = False
        if _transact_in_foreign_currency is not None:
            transact_in_foreign_currency = _transact_in_foreign_currency
        _foreign_currency_code = d.pop("foreignCurrencyCode", None)
        foreign_currency_code: CurrencyCode | None = None
        if _foreign_currency_code is not None:
            foreign_currency_code = CurrencyCode(_foreign_currency_code)

        _foreign_currency_name = d.pop("foreignCurrencyName", None)
        foreign_currency_name: str | None = None
        if _foreign_currency_name is not None:
            foreign_currency_name = _foreign_currency_name
        _foreign_currency_amount = d.pop("foreignCurrencyAmount", None)
        foreign_currency_amount: Decimal | None = None
        if _foreign_currency_amount is not None:
            foreign_currency_amount = to_decimal(_foreign_currency_amount)

        _exchange_rate = d.pop("exchangeRate", None)
        exchange_rate: Decimal | None = None
        if _exchange_rate is not None:
            exchange_rate = to_decimal(_exchange_rate)

        international_wire_transaction = cls(
            amount=amount,
            currency_code=currency_code,
            beneficiary_details=beneficiary_details,
            beneficiary_bank_details=beneficiary_bank_details,
            id=id,
            transaction_price=transaction_price,
            payment_id=payment_id,
            intermediary_bank_details=intermediary_bank_details,
            send_in_foreign_currency=send_in_foreign_currency,
            transact_in_foreign_currency=transact_in_foreign_currency,
            foreign_currency_code=foreign_currency_code,
            foreign_currency_name=foreign_currency_name,
            foreign_currency_amount=foreign_currency_amount,
            exchange_rate=exchange_rate,
        )

        international_wire_transaction.additional_properties = d
        return international_wire_transaction
