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
            if isinstance(self.intermediary_bank_details, IntermediaryBankDetailsIntlWireDomesticIntermediary):
                field_dict["intermediaryBankDetails"] = self.intermediary_bank_details.to_dict()
            else:
                field_dict["intermediaryBankDetails"] = self.intermediary_bank_details.to_dict()

        if self.send_in_foreign_currency is not None:
            field_dict["sendInForeignCurrency"] = self.send_in_foreign_currency
        if self.transact_in_foreign_currency is not None:
            field_dict["transactInForeignCurrency"] = self.transact_in_foreign_currency
        if self.foreign_currency_code is not None:
            field_dict["foreignCurrencyCode"] = CurrencyCode(self.foreign_currency_code).value
        if self.foreign_currency_name is not None:
            field_dict["foreignCurrencyName"] = self.foreign_currency_name
        if self.foreign_currency_amount is not None:
            field_dict["foreignCurrencyAmount"] = self.foreign_currency_amount
        if self.exchange_rate is not None:
            field_dict["exchangeRate"] = self.exchange_rate

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        _self, _set = object.__new__(cls), object.__setattr__
        _set(_self, "amount", to_decimal(d.pop("amount")))
        _set(_self, "currency_code", enum_member(CurrencyCode, d.pop("currencyCode")))
        _set(_self, "beneficiary_details", BeneficiaryDetails.from_dict(d.pop("beneficiaryDetails")))
        _set(
            _self,
            "beneficiary_bank_details",
            BeneficiaryBankDetailsInternational.from_dict(d.pop("beneficiaryBankDetails")),
        )
        _set(_self, "id", d.pop("id", None))
        _set(_self, "transaction_price", None if (v := d.pop("transactionPrice", None)) is None else to_decimal(v))
        _set(_self, "payment_id", d.pop("paymentId", None))
        _set(_self, "intermediary_bank_details", intermediary_bank_details)
        _set(_self, "send_in_foreign_currency", False if (v := d.pop("sendInForeignCurrency", None)) is None else v)
        _set(
            _self,
            "transact_in_foreign_currency",
            False if (v := d.pop("transactInForeignCurrency", None)) is None else v,
        )
        _set(
            _self,
            "foreign_currency_code",
            None if (v := d.pop("foreignCurrencyCode", None)) is None else enum_member(CurrencyCode, v),
        )
        _set(_self, "foreign_currency_name", d.pop("foreignCurrencyName", None))
        _set(
            _self,
            "foreign_currency_amount",
            None if (v := d.pop("foreignCurrencyAmount", None)) is None else to_decimal(v),
        )
        _set(_self, "exchange_rate", None if (v := d.pop("exchangeRate", None)) is None else to_decimal(v))
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.beneficiary_bank_details_international import BeneficiaryBankDetailsInternational
from ..models.beneficiary_details import BeneficiaryDetails
from ..models.intermediary_bank_details_intl_wire_domestic_intermediary import (
    IntermediaryBankDetailsIntlWireDomesticIntermediary,
)
from ..models.intermediary_bank_details_intl_wire_foreign_intermediary import (
    IntermediaryBankDetailsIntlWireForeignIntermediary,
)
