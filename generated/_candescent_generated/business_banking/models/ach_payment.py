from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ach_payment_ach_sec_code import AchPaymentAchSecCode
from ..models.ach_payment_payment_type import AchPaymentPaymentType
from ..models.ach_payment_status import AchPaymentStatus
from ..models.ach_payment_transaction_type import AchPaymentTransactionType
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, refuse_float, to_decimal

if TYPE_CHECKING:
    from ..models.ach_transaction import AchTransaction


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
            id = self.id
            field_dict["id"] = id
        if self.institution_id is not None:
            institution_id = self.institution_id
            field_dict["institutionId"] = institution_id
        if self.payment_name is not None:
            payment_name = self.payment_name
            field_dict["paymentName"] = payment_name
        if self.status is not None:
            status = AchPaymentStatus(self.status).value
            field_dict["status"] = status
        if self.confirmation_number is not None:
            confirmation_number = self.confirmation_number
            field_dict["confirmationNumber"] = confirmation_number
        if self.total_amount is not None:
            total_amount = self.total_amount
            field_dict["totalAmount"] = total_amount
        if self.number_of_payments is not None:
            number_of_payments = self.number_of_payments
            field_dict["numberOfPayments"] = number_of_payments
        if self.ach_company_name is not None:
            ach_company_name = self.ach_company_name
            field_dict["achCompanyName"] = ach_company_name
        if self.same_day_ach is not None:
            same_day_ach = self.same_day_ach
            field_dict["sameDayAch"] = same_day_ach
        if self.batch_offset is not None:
            batch_offset = self.batch_offset
            field_dict["batchOffset"] = batch_offset

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ach_transaction import AchTransaction

        d = dict(src_dict)
        payment_description = d.pop("paymentDescription")
        payment_type = AchPaymentPaymentType(d.pop("paymentType"))

        transaction_type = AchPaymentTransactionType(d.pop("transactionType"))

        delivery_date = d.pop("deliveryDate")
        account_number = d.pop("accountNumber")
        tin_number = d.pop("tinNumber")
        ach_company_id = d.pop("achCompanyId")
        ach_sec_code = AchPaymentAchSecCode(d.pop("achSecCode"))

        ach_transactions = []
        _ach_transactions = d.pop("achTransactions")
        for ach_transactions_item_data in _ach_transactions:
            ach_transactions_item = AchTransaction.from_dict(ach_transactions_item_data)

            ach_transactions.append(ach_transactions_item)

        _id = d.pop("id", None)
        id: str | None = None
        if _id is not None:
            id = _id
        _institution_id = d.pop("institutionId", None)
        institution_id: str | None = None
        if _institution_id is not None:
            institution_id = _institution_id
        _payment_name = d.pop("paymentName", None)
        payment_name: str | None = None
        if _payment_name is not None:
            payment_name = _payment_name
        _status = d.pop("status", None)
        status: AchPaymentStatus | None = None
        if _status is not None:
            status = AchPaymentStatus(_status)

        _confirmation_number = d.pop("confirmationNumber", None)
        confirmation_number: str | None = None
        if _confirmation_number is not None:
            confirmation_number = _confirmation_number
        _total_amount = d.pop("totalAmount", None)
        total_amount: Decimal | None = None
        if _total_amount is not None:
            total_amount = to_decimal(_total_amount)

        _number_of_payments = d.pop("numberOfPayments", None)
        number_of_payments: int | None = None
        if _number_of_payments is not None:
            number_of_payments = _number_of_payments
        _ach_company_name = d.pop("achCompanyName", None)
        ach_company_name: str | None = None
        if _ach_company_name is not None:
            ach_company_name = _ach_company_name
        _same_day_ach = d.pop("sameDayAch", None)
        same_day_ach: bool | None = False
        if _same_day_ach is not None:
            same_day_ach = _same_day_ach
        _batch_offset = d.pop("batchOffset", None)
        batch_offset: bool | None = False
        if _batch_offset is not None:
            batch_offset = _batch_offset
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

        ach_payment.additional_properties = d
        return ach_payment
