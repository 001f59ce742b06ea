from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_status import PaymentStatus
from ..models.wire_payment_payment_type import WirePaymentPaymentType
from ..models.wire_payment_transaction_type import WirePaymentTransactionType
from ..types import UNSET, Unset, keys_only, parse_date, refuse_float, to_decimal
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.wire_transaction import WireTransaction


T = TypeVar("T", bound="WirePayment")


@_attrs_define
class WirePayment(_Model):
    """
    Attributes:
        payment_type (WirePaymentPaymentType):
        transaction_type (WirePaymentTransactionType):
        delivery_date (datetime.date):
        account_number (str):
        tin_number (str):
        wire_transaction (WireTransaction):
        id (str | Unset):
        institution_id (str | Unset):
        status (PaymentStatus | Unset):
        confirmation_number (str | Unset):
        total_amount (Decimal | Unset):
        number_of_payments (int | Unset):
        payment_name (str | Unset):
        payment_description (str | Unset):
    """

    payment_type: WirePaymentPaymentType
    transaction_type: WirePaymentTransactionType
    delivery_date: datetime.date
    account_number: str
    tin_number: str = _attrs_field(repr=False)
    wire_transaction: WireTransaction
    id: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    status: PaymentStatus | Unset = UNSET
    confirmation_number: str | Unset = UNSET
    total_amount: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    number_of_payments: int | Unset = UNSET
    payment_name: str | Unset = UNSET
    payment_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        payment_type = WirePaymentPaymentType(self.payment_type).value
        transaction_type = WirePaymentTransactionType(self.transaction_type).value
        delivery_date = self.delivery_date.isoformat()
        account_number = self.account_number
        tin_number = self.tin_number
        wire_transaction = self.wire_transaction.to_dict()
        id = self.id
        institution_id = self.institution_id
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = PaymentStatus(self.status).value

        confirmation_number = self.confirmation_number
        total_amount = self.total_amount
        number_of_payments = self.number_of_payments
        payment_name = self.payment_name
        payment_description = self.payment_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentType": payment_type,
                "transactionType": transaction_type,
                "deliveryDate": delivery_date,
                "accountNumber": account_number,
                "tinNumber": tin_number,
                "wireTransaction": wire_transaction,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id
        if status is not UNSET:
            field_dict["status"] = status
        if confirmation_number is not UNSET:
            field_dict["confirmationNumber"] = confirmation_number
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if number_of_payments is not UNSET:
            field_dict["numberOfPayments"] = number_of_payments
        if payment_name is not UNSET:
            field_dict["paymentName"] = payment_name
        if payment_description is not UNSET:
            field_dict["paymentDescription"] = payment_description

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wire_transaction import WireTransaction

        d = dict(src_dict)
        payment_type = WirePaymentPaymentType(d.pop("paymentType"))

        transaction_type = WirePaymentTransactionType(d.pop("transactionType"))

        delivery_date = parse_date(d.pop("deliveryDate"))

        account_number = d.pop("accountNumber")
        tin_number = d.pop("tinNumber")
        wire_transaction = WireTransaction.from_dict(d.pop("wireTransaction"))

        id = d.pop("id", UNSET)
        institution_id = d.pop("institutionId", UNSET)
        _status = d.pop("status", UNSET)
        status: PaymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PaymentStatus(_status)

        confirmation_number = d.pop("confirmationNumber", UNSET)
        _total_amount = d.pop("totalAmount", UNSET)
        total_amount: Decimal | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = to_decimal(_total_amount)

        number_of_payments = d.pop("numberOfPayments", UNSET)
        payment_name = d.pop("paymentName", UNSET)
        payment_description = d.pop("paymentDescription", UNSET)
        wire_payment = cls(
            payment_type=payment_type,
            transaction_type=transaction_type,
            delivery_date=delivery_date,
            account_number=account_number,
            tin_number=tin_number,
            wire_transaction=wire_transaction,
            id=id,
            institution_id=institution_id,
            status=status,
            confirmation_number=confirmation_number,
            total_amount=total_amount,
            number_of_payments=number_of_payments,
            payment_name=payment_name,
            payment_description=payment_description,
        )

        wire_payment.additional_properties = d
        return wire_payment
