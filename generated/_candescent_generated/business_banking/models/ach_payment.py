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
        d = dict(src_dict)
        _self, _set = object.__new__(cls), object.__setattr__
        _set(_self, "payment_description", d.pop("paymentDescription"))
        _set(_self, "payment_type", enum_member(AchPaymentPaymentType, d.pop("paymentType")))
        _set(_self, "transaction_type", enum_member(AchPaymentTransactionType, d.pop("transactionType")))
        _set(_self, "delivery_date", d.pop("deliveryDate"))
        _set(_self, "account_number", d.pop("accountNumber"))
        _set(_self, "tin_number", d.pop("tinNumber"))
        _set(_self, "ach_company_id", d.pop("achCompanyId"))
        _set(_self, "ach_sec_code", enum_member(AchPaymentAchSecCode, d.pop("achSecCode")))
        _set(_self, "ach_transactions", [AchTransaction.from_dict(item) for item in d.pop("achTransactions")])
        _set(_self, "id", d.pop("id", None))
        _set(_self, "institution_id", d.pop("institutionId", None))
        _set(_self, "payment_name", d.pop("paymentName", None))
        _set(_self, "status", None if (v := d.pop("status", None)) is None else enum_member(AchPaymentStatus, v))
        _set(_self, "confirmation_number", d.pop("confirmationNumber", None))
        _set(_self, "total_amount", None if (v := d.pop("totalAmount", None)) is None else to_decimal(v))
        _set(_self, "number_of_payments", d.pop("numberOfPayments", None))
        _set(_self, "ach_company_name", d.pop("achCompanyName", None))
        _set(_self, "same_day_ach", False if (v := d.pop("sameDayAch", None)) is None else v)
        _set(_self, "batch_offset", False if (v := d.pop("batchOffset", None)) is None else v)
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.ach_transaction import AchTransaction
