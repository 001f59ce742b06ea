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
        d = dict(src_dict)
        _self, _set = object.__new__(cls), object.__setattr__
        _set(_self, "amount", to_decimal(d.pop("amount")))
        _set(_self, "currency_code", enum_member(CurrencyCode, d.pop("currencyCode")))
        _set(_self, "contact_name", d.pop("contactName"))
        _set(_self, "contact_account_number", d.pop("contactAccountNumber"))
        _set(_self, "contact_account_type", enum_member(AchTransactionContactAccountType, d.pop("contactAccountType")))
        _set(_self, "contact_bank_ach_routing_number", d.pop("contactBankAchRoutingNumber"))
        _set(_self, "id", None if (v := d.pop("id", None)) is None else UUID(v))
        _set(_self, "transaction_price", None if (v := d.pop("transactionPrice", None)) is None else to_decimal(v))
        _set(_self, "payment_id", d.pop("paymentId", None))
        _set(_self, "contact_bank_name", d.pop("contactBankName", None))
        _set(_self, "contact_identifier", d.pop("contactIdentifier", None))
        _set(_self, "addenda", d.pop("addenda", None))
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
