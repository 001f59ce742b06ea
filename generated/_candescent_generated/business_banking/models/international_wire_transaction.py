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
        "sendInForeignCurrency",
        "transactInForeignCurrency",
        "foreignCurrencyCode",
        "foreignCurrencyName",
        "foreignCurrencyAmount",
        "exchangeRate",
    }
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
        _self = object.__new__(cls)
        _set_amount(_self, to_decimal(src_dict["amount"]))
        _set_currency_code(_self, enum_member(CurrencyCode, src_dict["currencyCode"]))
        _set_beneficiary_details(_self, BeneficiaryDetails.from_dict(src_dict["beneficiaryDetails"]))
        _set_beneficiary_bank_details(
            _self, BeneficiaryBankDetailsInternational.from_dict(src_dict["beneficiaryBankDetails"])
        )
        _set_id(_self, src_dict.get("id"))
        _set_transaction_price(_self, None if (v := src_dict.get("transactionPrice")) is None else to_decimal(v))
        _set_payment_id(_self, src_dict.get("paymentId"))
        _intermediary_bank_details = src_dict.get("intermediaryBankDetails")
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

        _set_intermediary_bank_details(_self, intermediary_bank_details)
        _set_send_in_foreign_currency(_self, False if (v := src_dict.get("sendInForeignCurrency")) is None else v)
        _set_transact_in_foreign_currency(
            _self, False if (v := src_dict.get("transactInForeignCurrency")) is None else v
        )
        _set_foreign_currency_code(
            _self, None if (v := src_dict.get("foreignCurrencyCode")) is None else enum_member(CurrencyCode, v)
        )
        _set_foreign_currency_name(_self, src_dict.get("foreignCurrencyName"))
        _set_foreign_currency_amount(
            _self, None if (v := src_dict.get("foreignCurrencyAmount")) is None else to_decimal(v)
        )
        _set_exchange_rate(_self, None if (v := src_dict.get("exchangeRate")) is None else to_decimal(v))
        extra = (
            {}
            if len(src_dict) == 4 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _set_additional_properties(_self, extra)
        return _self


_set_amount = InternationalWireTransaction.__dict__["amount"].__set__
_set_currency_code = InternationalWireTransaction.__dict__["currency_code"].__set__
_set_beneficiary_details = InternationalWireTransaction.__dict__["beneficiary_details"].__set__
_set_beneficiary_bank_details = InternationalWireTransaction.__dict__["beneficiary_bank_details"].__set__
_set_id = InternationalWireTransaction.__dict__["id"].__set__
_set_transaction_price = InternationalWireTransaction.__dict__["transaction_price"].__set__
_set_payment_id = InternationalWireTransaction.__dict__["payment_id"].__set__
_set_intermediary_bank_details = InternationalWireTransaction.__dict__["intermediary_bank_details"].__set__
_set_send_in_foreign_currency = InternationalWireTransaction.__dict__["send_in_foreign_currency"].__set__
_set_transact_in_foreign_currency = InternationalWireTransaction.__dict__["transact_in_foreign_currency"].__set__
_set_foreign_currency_code = InternationalWireTransaction.__dict__["foreign_currency_code"].__set__
_set_foreign_currency_name = InternationalWireTransaction.__dict__["foreign_currency_name"].__set__
_set_foreign_currency_amount = InternationalWireTransaction.__dict__["foreign_currency_amount"].__set__
_set_exchange_rate = InternationalWireTransaction.__dict__["exchange_rate"].__set__
_set_additional_properties = InternationalWireTransaction.__dict__["additional_properties"].__set__

from ..models.beneficiary_bank_details_international import BeneficiaryBankDetailsInternational
from ..models.beneficiary_details import BeneficiaryDetails
from ..models.intermediary_bank_details_intl_wire_domestic_intermediary import (
    IntermediaryBankDetailsIntlWireDomesticIntermediary,
)
from ..models.intermediary_bank_details_intl_wire_foreign_intermediary import (
    IntermediaryBankDetailsIntlWireForeignIntermediary,
)
