from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ach_transaction_contact_account_type import AchTransactionContactAccountType
from ..types import UNSET, Unset, keys_only, refuse_float, to_decimal
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="AchTransaction")


@_attrs_define
class AchTransaction(_Model):
    """
    Attributes:
        amount (Decimal):
        currency_code (str):
        contact_name (str):
        contact_account_number (str):
        contact_account_type (AchTransactionContactAccountType):
        contact_bank_ach_routing_number (str):
        id (str | Unset):
        payment_id (str | Unset):
        transaction_price (Decimal | Unset):
        contact_bank_name (str | Unset):
        contact_identifier (str | Unset):
        addenda (str | Unset):
    """

    amount: Decimal = _attrs_field(validator=refuse_float)
    currency_code: str
    contact_name: str
    contact_account_number: str
    contact_account_type: AchTransactionContactAccountType
    contact_bank_ach_routing_number: str
    id: str | Unset = UNSET
    payment_id: str | Unset = UNSET
    transaction_price: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    contact_bank_name: str | Unset = UNSET
    contact_identifier: str | Unset = UNSET
    addenda: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        amount = self.amount
        currency_code = self.currency_code
        contact_name = self.contact_name
        contact_account_number = self.contact_account_number
        contact_account_type = AchTransactionContactAccountType(self.contact_account_type).value
        contact_bank_ach_routing_number = self.contact_bank_ach_routing_number
        id = self.id
        payment_id = self.payment_id
        transaction_price = self.transaction_price
        contact_bank_name = self.contact_bank_name
        contact_identifier = self.contact_identifier
        addenda = self.addenda

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currencyCode": currency_code,
                "contactName": contact_name,
                "contactAccountNumber": contact_account_number,
                "contactAccountType": contact_account_type,
                "contactBankAchRoutingNumber": contact_bank_ach_routing_number,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if transaction_price is not UNSET:
            field_dict["transactionPrice"] = transaction_price
        if contact_bank_name is not UNSET:
            field_dict["contactBankName"] = contact_bank_name
        if contact_identifier is not UNSET:
            field_dict["contactIdentifier"] = contact_identifier
        if addenda is not UNSET:
            field_dict["addenda"] = addenda

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = to_decimal(d.pop("amount"))

        currency_code = d.pop("currencyCode")
        contact_name = d.pop("contactName")
        contact_account_number = d.pop("contactAccountNumber")
        contact_account_type = AchTransactionContactAccountType(d.pop("contactAccountType"))

        contact_bank_ach_routing_number = d.pop("contactBankAchRoutingNumber")
        id = d.pop("id", UNSET)
        payment_id = d.pop("paymentId", UNSET)
        _transaction_price = d.pop("transactionPrice", UNSET)
        transaction_price: Decimal | Unset
        if isinstance(_transaction_price, Unset):
            transaction_price = UNSET
        else:
            transaction_price = to_decimal(_transaction_price)

        contact_bank_name = d.pop("contactBankName", UNSET)
        contact_identifier = d.pop("contactIdentifier", UNSET)
        addenda = d.pop("addenda", UNSET)
        ach_transaction = cls(
            amount=amount,
            currency_code=currency_code,
            contact_name=contact_name,
            contact_account_number=contact_account_number,
            contact_account_type=contact_account_type,
            contact_bank_ach_routing_number=contact_bank_ach_routing_number,
            id=id,
            payment_id=payment_id,
            transaction_price=transaction_price,
            contact_bank_name=contact_bank_name,
            contact_identifier=contact_identifier,
            addenda=addenda,
        )

        ach_transaction.additional_properties = d
        return ach_transaction
