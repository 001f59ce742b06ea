from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.wire_payment_payment_type import WirePaymentPaymentType
from ..models.wire_payment_status import WirePaymentStatus
from ..models.wire_payment_transaction_type import WirePaymentTransactionType
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
        "paymentType",
        "transactionType",
        "deliveryDate",
        "accountNumber",
        "tinNumber",
        "wireTransaction",
        "id",
        "institutionId",
        "paymentName",
        "paymentDescription",
        "status",
        "confirmationNumber",
        "totalAmount",
        "numberOfPayments",
    }
)


@_attrs_define
class WirePayment(_Model):
    """A domestic or an international wire.

    Attributes:
        payment_type (WirePaymentPaymentType): WIRE_DOMESTIC or WIRE_INTERNATIONAL (the ACH_ values are for ACH
            payments).
        transaction_type (WirePaymentTransactionType): DEBIT: a wire takes money out of the business's account.
        delivery_date (str): The day the money is to be delivered (YYYY-MM-DD, not in the past).
        account_number (str): The business's account the wire is paid from: in full on request, masked in answers.
        tin_number (str): The business's tax id the payment is made under; masked in answers.
        wire_transaction (DomesticWireTransaction | InternationalWireTransaction): The transfer itself: domestic or
            international, matching paymentType.
        id (str): The payment's id (given by the platform).
        institution_id (str): The institution's 5-character id (given by the platform).
        payment_name (str): A name for the wire; the beneficiary's name when left out.
        payment_description (str): What the wire is for.
        status (WirePaymentStatus): Where the payment stands, e.g. PENDING_COMPANY_APPROVAL (awaiting the business's
            approver), PENDING_FI_APPROVAL (awaiting the institution), SCHEDULED, PROCESSED, CANCELLED, FAILED.
        confirmation_number (str): The platform's confirmation number (8 letters or digits, e.g. Z5B2U1SP).
        total_amount (Decimal): The wire's amount (decimal).
        number_of_payments (int): How many transfers the payment holds (one wireTransaction).
    """

    payment_type: WirePaymentPaymentType
    transaction_type: WirePaymentTransactionType
    delivery_date: str
    account_number: str
    tin_number: str = _attrs_field(repr=False)
    wire_transaction: DomesticWireTransaction | InternationalWireTransaction
    id: str | None = None
    institution_id: str | None = None
    payment_name: str | None = None
    payment_description: str | None = None
    status: WirePaymentStatus | None = None
    confirmation_number: str | None = None
    total_amount: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    number_of_payments: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["paymentType"] = WirePaymentPaymentType(self.payment_type).value
        field_dict["transactionType"] = WirePaymentTransactionType(self.transaction_type).value
        field_dict["deliveryDate"] = self.delivery_date
        field_dict["accountNumber"] = self.account_number
        field_dict["tinNumber"] = self.tin_number

        if isinstance(self.wire_transaction, DomesticWireTransaction):
            field_dict["wireTransaction"] = self.wire_transaction.to_dict()
        else:
            field_dict["wireTransaction"] = self.wire_transaction.to_dict()

        if self.id is not None:
            field_dict["id"] = self.id
        if self.institution_id is not None:
            field_dict["institutionId"] = self.institution_id
        if self.payment_name is not None:
            field_dict["paymentName"] = self.payment_name
        if self.payment_description is not None:
            field_dict["paymentDescription"] = self.payment_description
        if self.status is not None:
            field_dict["status"] = WirePaymentStatus(self.status).value
        if self.confirmation_number is not None:
            field_dict["confirmationNumber"] = self.confirmation_number
        if self.total_amount is not None:
            field_dict["totalAmount"] = self.total_amount
        if self.number_of_payments is not None:
            field_dict["numberOfPayments"] = self.number_of_payments

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _set_payment_type(_self, enum_member(WirePaymentPaymentType, src_dict["paymentType"]))
        _set_transaction_type(_self, enum_member(WirePaymentTransactionType, src_dict["transactionType"]))
        _set_delivery_date(_self, src_dict["deliveryDate"])
        _set_account_number(_self, src_dict["accountNumber"])
        _set_tin_number(_self, src_dict["tinNumber"])

        def _parse_wire_transaction(data: object) -> DomesticWireTransaction | InternationalWireTransaction:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_wire_transaction_type_0 = DomesticWireTransaction.from_dict(data)

                return componentsschemas_wire_transaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_wire_transaction_type_1 = InternationalWireTransaction.from_dict(data)

            return componentsschemas_wire_transaction_type_1

        wire_transaction = _parse_wire_transaction(src_dict["wireTransaction"])

        _set_wire_transaction(_self, wire_transaction)
        _set_id(_self, src_dict.get("id"))
        _set_institution_id(_self, src_dict.get("institutionId"))
        _set_payment_name(_self, src_dict.get("paymentName"))
        _set_payment_description(_self, src_dict.get("paymentDescription"))
        _set_status(_self, None if (v := src_dict.get("status")) is None else enum_member(WirePaymentStatus, v))
        _set_confirmation_number(_self, src_dict.get("confirmationNumber"))
        _set_total_amount(_self, None if (v := src_dict.get("totalAmount")) is None else to_decimal(v))
        _set_number_of_payments(_self, src_dict.get("numberOfPayments"))
        extra = (
            {}
            if len(src_dict) == 6 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _set_additional_properties(_self, extra)
        return _self


_set_payment_type = WirePayment.__dict__["payment_type"].__set__
_set_transaction_type = WirePayment.__dict__["transaction_type"].__set__
_set_delivery_date = WirePayment.__dict__["delivery_date"].__set__
_set_account_number = WirePayment.__dict__["account_number"].__set__
_set_tin_number = WirePayment.__dict__["tin_number"].__set__
_set_wire_transaction = WirePayment.__dict__["wire_transaction"].__set__
_set_id = WirePayment.__dict__["id"].__set__
_set_institution_id = WirePayment.__dict__["institution_id"].__set__
_set_payment_name = WirePayment.__dict__["payment_name"].__set__
_set_payment_description = WirePayment.__dict__["payment_description"].__set__
_set_status = WirePayment.__dict__["status"].__set__
_set_confirmation_number = WirePayment.__dict__["confirmation_number"].__set__
_set_total_amount = WirePayment.__dict__["total_amount"].__set__
_set_number_of_payments = WirePayment.__dict__["number_of_payments"].__set__
_set_additional_properties = WirePayment.__dict__["additional_properties"].__set__

from ..models.domestic_wire_transaction import DomesticWireTransaction
from ..models.international_wire_transaction import InternationalWireTransaction
