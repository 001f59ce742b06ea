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
            id (str | Unset): The transfer's id (given by the platform).
            transaction_price (Decimal | Unset): A fee for the wire (decimal), where the institution charges one.
            payment_id (str | Unset): The id of the wire payment it belongs to.
            intermediary_bank_details (IntermediaryBankDetailsIntlWireDomesticIntermediary |
                IntermediaryBankDetailsIntlWireForeignIntermediary | Unset): A bank the wire passes through on the way, where
                there is one.
            send_in_foreign_currency (bool | Unset): true: the amount is converted and delivered in foreignCurrencyCode.
                Default: False.
            transact_in_foreign_currency (bool | Unset): true: the wire is for foreignCurrencyAmount of foreignCurrencyCode.
                Default: False.
            foreign_currency_code (CurrencyCode | Unset): ISO 4217 code of the currency the beneficiary receives.
            foreign_currency_name (str | Unset): That currency's name (given by the platform).
            foreign_currency_amount (Decimal | Unset): The amount in foreignCurrencyCode (decimal); needed with
                transactInForeignCurrency.
            exchange_rate (Decimal | Unset): The exchange rate applied (decimal).
    """

    amount: Decimal = _attrs_field(validator=refuse_float)
    currency_code: CurrencyCode
    beneficiary_details: BeneficiaryDetails
    beneficiary_bank_details: BeneficiaryBankDetailsInternational
    id: str | Unset = UNSET
    transaction_price: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    payment_id: str | Unset = UNSET
    intermediary_bank_details: (
        IntermediaryBankDetailsIntlWireDomesticIntermediary | IntermediaryBankDetailsIntlWireForeignIntermediary | Unset
    ) = UNSET
    send_in_foreign_currency: bool | Unset = False
    transact_in_foreign_currency: bool | Unset = False
    foreign_currency_code: CurrencyCode | Unset = UNSET
    foreign_currency_name: str | Unset = UNSET
    foreign_currency_amount: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    exchange_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
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
        id = self.id
        transaction_price = self.transaction_price
        payment_id = self.payment_id
        intermediary_bank_details: dict[str, Any] | Unset
        if isinstance(self.intermediary_bank_details, Unset):
            intermediary_bank_details = UNSET
        elif isinstance(self.intermediary_bank_details, IntermediaryBankDetailsIntlWireDomesticIntermediary):
            intermediary_bank_details = self.intermediary_bank_details.to_dict()
        else:
            intermediary_bank_details = self.intermediary_bank_details.to_dict()

        send_in_foreign_currency = self.send_in_foreign_currency
        transact_in_foreign_currency = self.transact_in_foreign_currency
        foreign_currency_code: str | Unset = UNSET
        if not isinstance(self.foreign_currency_code, Unset):
            foreign_currency_code = CurrencyCode(self.foreign_currency_code).value

        foreign_currency_name = self.foreign_currency_name
        foreign_currency_amount = self.foreign_currency_amount
        exchange_rate = self.exchange_rate

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

        id = d.pop("id", UNSET)
        _transaction_price = d.pop("transactionPrice", UNSET)
        transaction_price: Decimal | Unset
        if isinstance(_transaction_price, Unset):
            transaction_price = UNSET
        else:
            transaction_price = to_decimal(_transaction_price)

        payment_id = d.pop("paymentId", UNSET)

        def _parse_intermediary_bank_details(
            data: object,
        ) -> (
            IntermediaryBankDetailsIntlWireDomesticIntermediary
            | IntermediaryBankDetailsIntlWireForeignIntermediary
            | Unset
        ):
            if isinstance(data, Unset):
                return data
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

        intermediary_bank_details = _parse_intermediary_bank_details(d.pop("intermediaryBankDetails", UNSET))

        send_in_foreign_currency = d.pop("sendInForeignCurrency", UNSET)
        transact_in_foreign_currency = d.pop("transactInForeignCurrency", UNSET)
        _foreign_currency_code = d.pop("foreignCurrencyCode", UNSET)
        foreign_currency_code: CurrencyCode | Unset
        if isinstance(_foreign_currency_code, Unset):
            foreign_currency_code = UNSET
        else:
            foreign_currency_code = CurrencyCode(_foreign_currency_code)

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
