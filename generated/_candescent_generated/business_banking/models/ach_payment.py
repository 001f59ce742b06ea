from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.ach_payment_ach_sec_code import AchPaymentAchSecCode
from ..models.ach_payment_payment_type import AchPaymentPaymentType
from ..models.ach_payment_status import AchPaymentStatus
from ..models.ach_payment_transaction_type import AchPaymentTransactionType
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
        "paymentDescription",
        "paymentType",
        "transactionType",
        "deliveryDate",
        "accountNumber",
        "tinNumber",
        "achCompanyId",
        "achSecCode",
        "achTransactions",
        "id",
        "institutionId",
        "paymentName",
        "status",
        "confirmationNumber",
        "totalAmount",
        "numberOfPayments",
        "achCompanyName",
        "sameDayAch",
        "batchOffset",
    }
)


@_attrs_define
class AchPayment(_Model):
    """An ACH payment (money out to contacts) or collection (money in from them).

    Attributes:
        payment_description (str): What the payment is for, sent with its ACH entries (e.g. Payroll).
        payment_type (AchPaymentPaymentType): ACH_PAYMENT or ACH_COLLECTION (the WIRE_ values are for wires).
        transaction_type (AchPaymentTransactionType): DEBIT for an ACH_PAYMENT, CREDIT for an ACH_COLLECTION.
        delivery_date (str): The day the money is to be delivered (YYYY-MM-DD, not in the past).
        account_number (str): The business's own account: in full on request, masked (e.g. ******7890) in answers.
        tin_number (str): The business's tax id the payment is made under; masked in answers.
        ach_company_id (str): The ACH company (originator) id the payment is sent under.
        ach_sec_code (AchPaymentAchSecCode): The ACH Standard Entry Class: COMMERCIAL_CCD, CONSUMER_PPD, PAYROLL_PPD or
            CHILD_SUPPORT_CCD (the last two for an ACH_PAYMENT only).
        ach_transactions (list[AchTransaction]): One line per contact paid or collected from.
        id (str): The payment's id (given by the platform).
        institution_id (str): The institution's 5-character id (given by the platform).
        payment_name (str): A name for the payment; the contact's name when left out.
        status (AchPaymentStatus): Where the payment stands, e.g. PENDING_COMPANY_APPROVAL (awaiting the business's
            approver), PENDING_FI_APPROVAL (awaiting the institution), SCHEDULED, PROCESSED, CANCELLED, FAILED.
        confirmation_number (str): The platform's confirmation number (8 letters or digits, e.g. Z5B2U1SP).
        total_amount (Decimal): Sum of the lines' amounts (decimal).
        number_of_payments (int): How many lines (achTransactions) the payment has.
        ach_company_name (str): That ACH company's name (given by the platform).
        same_day_ach (bool): true: settle on the delivery day (same-day ACH). Default: False.
        batch_offset (bool): true: one offsetting entry on the business's account for the whole batch. Default: False.
    """

    payment_description: str
    payment_type: AchPaymentPaymentType
    transaction_type: AchPaymentTransactionType
    delivery_date: str
    account_number: str
    tin_number: str = _attrs_field(repr=False)
    ach_company_id: str
    ach_sec_code: AchPaymentAchSecCode
    ach_transactions: list[AchTransaction]
    id: str | None = None
    institution_id: str | None = None
    payment_name: str | None = None
    status: AchPaymentStatus | None = None
    confirmation_number: str | None = None
    total_amount: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    number_of_payments: int | None = None
    ach_company_name: str | None = None
    same_day_ach: bool | None = False
    batch_offset: bool | None = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["paymentDescription"] = self.payment_description
        field_dict["paymentType"] = AchPaymentPaymentType(self.payment_type).value
        field_dict["transactionType"] = AchPaymentTransactionType(self.transaction_type).value
        field_dict["deliveryDate"] = self.delivery_date
        field_dict["accountNumber"] = self.account_number
        field_dict["tinNumber"] = self.tin_number
        field_dict["achCompanyId"] = self.ach_company_id
        field_dict["achSecCode"] = AchPaymentAchSecCode(self.ach_sec_code).value
        field_dict["achTransactions"] = []
        for ach_transactions_item_data in self.ach_transactions:
            ach_transactions_item = ach_transactions_item_data.to_dict()
            field_dict["achTransactions"].append(ach_transactions_item)

        if self.id is not None:
            field_dict["id"] = self.id
        if self.institution_id is not None:
            field_dict["institutionId"] = self.institution_id
        if self.payment_name is not None:
            field_dict["paymentName"] = self.payment_name
        if self.status is not None:
            field_dict["status"] = AchPaymentStatus(self.status).value
        if self.confirmation_number is not None:
            field_dict["confirmationNumber"] = self.confirmation_number
        if self.total_amount is not None:
            field_dict["totalAmount"] = self.total_amount
        if self.number_of_payments is not None:
            field_dict["numberOfPayments"] = self.number_of_payments
        if self.ach_company_name is not None:
            field_dict["achCompanyName"] = self.ach_company_name
        if self.same_day_ach is not None:
            field_dict["sameDayAch"] = self.same_day_ach
        if self.batch_offset is not None:
            field_dict["batchOffset"] = self.batch_offset

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _set_payment_description(_self, src_dict["paymentDescription"])
        _set_payment_type(_self, enum_member(AchPaymentPaymentType, src_dict["paymentType"]))
        _set_transaction_type(_self, enum_member(AchPaymentTransactionType, src_dict["transactionType"]))
        _set_delivery_date(_self, src_dict["deliveryDate"])
        _set_account_number(_self, src_dict["accountNumber"])
        _set_tin_number(_self, src_dict["tinNumber"])
        _set_ach_company_id(_self, src_dict["achCompanyId"])
        _set_ach_sec_code(_self, enum_member(AchPaymentAchSecCode, src_dict["achSecCode"]))
        _set_ach_transactions(_self, [AchTransaction.from_dict(item) for item in src_dict["achTransactions"]])
        _set_id(_self, src_dict.get("id"))
        _set_institution_id(_self, src_dict.get("institutionId"))
        _set_payment_name(_self, src_dict.get("paymentName"))
        _set_status(_self, None if (v := src_dict.get("status")) is None else enum_member(AchPaymentStatus, v))
        _set_confirmation_number(_self, src_dict.get("confirmationNumber"))
        _set_total_amount(_self, None if (v := src_dict.get("totalAmount")) is None else to_decimal(v))
        _set_number_of_payments(_self, src_dict.get("numberOfPayments"))
        _set_ach_company_name(_self, src_dict.get("achCompanyName"))
        _set_same_day_ach(_self, False if (v := src_dict.get("sameDayAch")) is None else v)
        _set_batch_offset(_self, False if (v := src_dict.get("batchOffset")) is None else v)
        extra = (
            {}
            if len(src_dict) == 9 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _set_additional_properties(_self, extra)
        return _self


_set_payment_description = AchPayment.__dict__["payment_description"].__set__
_set_payment_type = AchPayment.__dict__["payment_type"].__set__
_set_transaction_type = AchPayment.__dict__["transaction_type"].__set__
_set_delivery_date = AchPayment.__dict__["delivery_date"].__set__
_set_account_number = AchPayment.__dict__["account_number"].__set__
_set_tin_number = AchPayment.__dict__["tin_number"].__set__
_set_ach_company_id = AchPayment.__dict__["ach_company_id"].__set__
_set_ach_sec_code = AchPayment.__dict__["ach_sec_code"].__set__
_set_ach_transactions = AchPayment.__dict__["ach_transactions"].__set__
_set_id = AchPayment.__dict__["id"].__set__
_set_institution_id = AchPayment.__dict__["institution_id"].__set__
_set_payment_name = AchPayment.__dict__["payment_name"].__set__
_set_status = AchPayment.__dict__["status"].__set__
_set_confirmation_number = AchPayment.__dict__["confirmation_number"].__set__
_set_total_amount = AchPayment.__dict__["total_amount"].__set__
_set_number_of_payments = AchPayment.__dict__["number_of_payments"].__set__
_set_ach_company_name = AchPayment.__dict__["ach_company_name"].__set__
_set_same_day_ach = AchPayment.__dict__["same_day_ach"].__set__
_set_batch_offset = AchPayment.__dict__["batch_offset"].__set__
_set_additional_properties = AchPayment.__dict__["additional_properties"].__set__

from ..models.ach_transaction import AchTransaction
