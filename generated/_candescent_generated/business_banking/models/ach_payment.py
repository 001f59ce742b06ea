from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ach_payment_ach_sec_code import AchPaymentAchSecCode
from ..models.ach_payment_payment_type import AchPaymentPaymentType
from ..models.ach_payment_status import AchPaymentStatus
from ..models.ach_payment_transaction_type import AchPaymentTransactionType
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import enum_member, keys_only, refuse_float, to_decimal

T = TypeVar("T", bound="AchPayment")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        payment_description = self.payment_description
        payment_type = AchPaymentPaymentType(self.payment_type).value
        transaction_type = AchPaymentTransactionType(self.transaction_type).value
        delivery_date = self.delivery_date
        account_number = self.account_number
        tin_number = self.tin_number
        ach_company_id = self.ach_company_id
        ach_sec_code = AchPaymentAchSecCode(self.ach_sec_code).value
        ach_transactions = []
        for ach_transactions_item_data in self.ach_transactions:
            ach_transactions_item = ach_transactions_item_data.to_dict()
            ach_transactions.append(ach_transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentDescription": payment_description,
                "paymentType": payment_type,
                "transactionType": transaction_type,
                "deliveryDate": delivery_date,
                "accountNumber": account_number,
                "tinNumber": tin_number,
                "achCompanyId": ach_company_id,
                "achSecCode": ach_sec_code,
                "achTransactions": ach_transactions,
            }
        )
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
        payment_description = d.pop("paymentDescription")
        payment_type = enum_member(AchPaymentPaymentType, d.pop("paymentType"))

        transaction_type = enum_member(AchPaymentTransactionType, d.pop("transactionType"))

        delivery_date = d.pop("deliveryDate")
        account_number = d.pop("accountNumber")
        tin_number = d.pop("tinNumber")
        ach_company_id = d.pop("achCompanyId")
        ach_sec_code = enum_member(AchPaymentAchSecCode, d.pop("achSecCode"))

        ach_transactions = []
        _ach_transactions = d.pop("achTransactions")
        for ach_transactions_item_data in _ach_transactions:
            ach_transactions_item = AchTransaction.from_dict(ach_transactions_item_data)

            ach_transactions.append(ach_transactions_item)

        id = d.pop("id", None)
        institution_id = d.pop("institutionId", None)
        payment_name = d.pop("paymentName", None)
        _status = d.pop("status", None)
        status = None if _status is None else enum_member(AchPaymentStatus, _status)
        confirmation_number = d.pop("confirmationNumber", None)
        _total_amount = d.pop("totalAmount", None)
        total_amount = None if _total_amount is None else to_decimal(_total_amount)
        number_of_payments = d.pop("numberOfPayments", None)
        ach_company_name = d.pop("achCompanyName", None)
        _same_day_ach = d.pop("sameDayAch", None)
        same_day_ach = False if _same_day_ach is None else _same_day_ach
        _batch_offset = d.pop("batchOffset", None)
        batch_offset = False if _batch_offset is None else _batch_offset
        ach_payment = cls(
            payment_description=payment_description,
            payment_type=payment_type,
            transaction_type=transaction_type,
            delivery_date=delivery_date,
            account_number=account_number,
            tin_number=tin_number,
            ach_company_id=ach_company_id,
            ach_sec_code=ach_sec_code,
            ach_transactions=ach_transactions,
            id=id,
            institution_id=institution_id,
            payment_name=payment_name,
            status=status,
            confirmation_number=confirmation_number,
            total_amount=total_amount,
            number_of_payments=number_of_payments,
            ach_company_name=ach_company_name,
            same_day_ach=same_day_ach,
            batch_offset=batch_offset,
        )

        object.__setattr__(ach_payment, "additional_properties", d)  # no on-setattr hooks
        return ach_payment


from ..models.ach_transaction import AchTransaction
