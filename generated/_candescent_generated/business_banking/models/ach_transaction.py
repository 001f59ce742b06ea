from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define, field as _attrs_field

from ..models.ach_transaction_contact_account_type import AchTransactionContactAccountType
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
        "contactName",
        "contactAccountNumber",
        "contactAccountType",
        "contactBankAchRoutingNumber",
        "id",
        "transactionPrice",
        "paymentId",
        "contactBankName",
        "contactIdentifier",
        "addenda",
    }
)


@_attrs_define
class AchTransaction(_Model):
    """One contact paid (or collected from) by an ACH payment.

    Attributes:
        amount (Decimal): The amount (decimal, at most two places).
        currency_code (CurrencyCode): ISO 4217 code of the amount's currency, e.g. USD.
        contact_name (str): The contact's name.
        contact_account_number (str): The contact's account number.
        contact_account_type (AchTransactionContactAccountType): The kind of the contact's account: PERSONAL_ or
            BUSINESS_ CHECKING or SAVINGS, or BUSINESS_LOAN.
        contact_bank_ach_routing_number (str): The contact's bank's 9-digit ABA routing number.
        id (UUID): The line's id (a UUID, given by the platform).
        transaction_price (Decimal): A fee for this line (decimal), where the institution charges one.
        payment_id (str): The id of the payment the line belongs to.
        contact_bank_name (str): The contact's bank's name.
        contact_identifier (str): Your own reference for the contact, carried in the ACH entry.
        addenda (str): Remittance text carried with the ACH entry.
    """

    amount: Decimal = _attrs_field(validator=refuse_float)
    currency_code: CurrencyCode
    contact_name: str
    contact_account_number: str
    contact_account_type: AchTransactionContactAccountType
    contact_bank_ach_routing_number: str
    id: UUID | None = None
    transaction_price: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    payment_id: str | None = None
    contact_bank_name: str | None = None
    contact_identifier: str | None = None
    addenda: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["amount"] = self.amount
        field_dict["currencyCode"] = CurrencyCode(self.currency_code).value
        field_dict["contactName"] = self.contact_name
        field_dict["contactAccountNumber"] = self.contact_account_number
        field_dict["contactAccountType"] = AchTransactionContactAccountType(self.contact_account_type).value
        field_dict["contactBankAchRoutingNumber"] = self.contact_bank_ach_routing_number
        if self.id is not None:
            field_dict["id"] = str(self.id)
        if self.transaction_price is not None:
            field_dict["transactionPrice"] = self.transaction_price
        if self.payment_id is not None:
            field_dict["paymentId"] = self.payment_id
        if self.contact_bank_name is not None:
            field_dict["contactBankName"] = self.contact_bank_name
        if self.contact_identifier is not None:
            field_dict["contactIdentifier"] = self.contact_identifier
        if self.addenda is not None:
            field_dict["addenda"] = self.addenda

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _set_amount(_self, to_decimal(src_dict["amount"]))
        _set_currency_code(_self, enum_member(CurrencyCode, src_dict["currencyCode"]))
        _set_contact_name(_self, src_dict["contactName"])
        _set_contact_account_number(_self, src_dict["contactAccountNumber"])
        _set_contact_account_type(_self, enum_member(AchTransactionContactAccountType, src_dict["contactAccountType"]))
        _set_contact_bank_ach_routing_number(_self, src_dict["contactBankAchRoutingNumber"])
        _set_id(_self, None if (v := src_dict.get("id")) is None else UUID(v))
        _set_transaction_price(_self, None if (v := src_dict.get("transactionPrice")) is None else to_decimal(v))
        _set_payment_id(_self, src_dict.get("paymentId"))
        _set_contact_bank_name(_self, src_dict.get("contactBankName"))
        _set_contact_identifier(_self, src_dict.get("contactIdentifier"))
        _set_addenda(_self, src_dict.get("addenda"))
        extra = (
            {}
            if len(src_dict) == 6 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _set_additional_properties(_self, extra)
        return _self


_set_amount = AchTransaction.__dict__["amount"].__set__
_set_currency_code = AchTransaction.__dict__["currency_code"].__set__
_set_contact_name = AchTransaction.__dict__["contact_name"].__set__
_set_contact_account_number = AchTransaction.__dict__["contact_account_number"].__set__
_set_contact_account_type = AchTransaction.__dict__["contact_account_type"].__set__
_set_contact_bank_ach_routing_number = AchTransaction.__dict__["contact_bank_ach_routing_number"].__set__
_set_id = AchTransaction.__dict__["id"].__set__
_set_transaction_price = AchTransaction.__dict__["transaction_price"].__set__
_set_payment_id = AchTransaction.__dict__["payment_id"].__set__
_set_contact_bank_name = AchTransaction.__dict__["contact_bank_name"].__set__
_set_contact_identifier = AchTransaction.__dict__["contact_identifier"].__set__
_set_addenda = AchTransaction.__dict__["addenda"].__set__
_set_additional_properties = AchTransaction.__dict__["additional_properties"].__set__
