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
from ..types import UNSET, Unset, keys_only, refuse_float, to_decimal
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.ach_transaction import AchTransaction


T = TypeVar("T", bound="AchPayment")


@_attrs_define
class AchPayment(_Model):
    """An ACH payment or collection.

    Attributes:
        payment_description (str): The description sent with it.
        payment_type (AchPaymentPaymentType): ACH_PAYMENT or ACH_COLLECTION (this schema is also listed for wires).
        transaction_type (AchPaymentTransactionType): DEBIT or CREDIT.
        delivery_date (str): The settlement date, yyyy-MM-dd (a plain string on the wire).
        account_number (str): Full on request
        tin_number (str): Masked in responses.
        ach_company_id (str): The ACH company it is sent under.
        ach_sec_code (AchPaymentAchSecCode): The SEC code, e.g. PAYROLL_PPD.
        ach_transactions (list[AchTransaction]): Its transactions, one per receiver.
        id (str | Unset): The payment's id.
        institution_id (str | Unset): The institution's id.
        payment_name (str | Unset): Your name for it.
        status (AchPaymentStatus | Unset): Where it stands (SCHEDULED, PENDING_COMPANY_APPROVAL, ...).
        confirmation_number (str | Unset): The platform's confirmation number.
        total_amount (Decimal | Unset): The sum of its transactions (a Decimal).
        number_of_payments (int | Unset): How many transactions.
        ach_company_name (str | Unset): That company's name.
        same_day_ach (bool | Unset): true: same-day ACH. Default: False.
        batch_offset (bool | Unset): true: an offsetting entry is added to the batch. Default: False.
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
    id: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    payment_name: str | Unset = UNSET
    status: AchPaymentStatus | Unset = UNSET
    confirmation_number: str | Unset = UNSET
    total_amount: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    number_of_payments: int | Unset = UNSET
    ach_company_name: str | Unset = UNSET
    same_day_ach: bool | Unset = False
    batch_offset: bool | Unset = False
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

        id = self.id

        institution_id = self.institution_id

        payment_name = self.payment_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = AchPaymentStatus(self.status).value

        confirmation_number = self.confirmation_number

        total_amount = self.total_amount

        number_of_payments = self.number_of_payments

        ach_company_name = self.ach_company_name

        same_day_ach = self.same_day_ach

        batch_offset = self.batch_offset

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
        if id is not UNSET:
            field_dict["id"] = id
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id
        if payment_name is not UNSET:
            field_dict["paymentName"] = payment_name
        if status is not UNSET:
            field_dict["status"] = status
        if confirmation_number is not UNSET:
            field_dict["confirmationNumber"] = confirmation_number
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if number_of_payments is not UNSET:
            field_dict["numberOfPayments"] = number_of_payments
        if ach_company_name is not UNSET:
            field_dict["achCompanyName"] = ach_company_name
        if same_day_ach is not UNSET:
            field_dict["sameDayAch"] = same_day_ach
        if batch_offset is not UNSET:
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

        id = d.pop("id", UNSET)

        institution_id = d.pop("institutionId", UNSET)

        payment_name = d.pop("paymentName", UNSET)

        _status = d.pop("status", UNSET)
        status: AchPaymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AchPaymentStatus(_status)

        confirmation_number = d.pop("confirmationNumber", UNSET)

        _total_amount = d.pop("totalAmount", UNSET)
        total_amount: Decimal | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = to_decimal(_total_amount)

        number_of_payments = d.pop("numberOfPayments", UNSET)

        ach_company_name = d.pop("achCompanyName", UNSET)

        same_day_ach = d.pop("sameDayAch", UNSET)

        batch_offset = d.pop("batchOffset", UNSET)

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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
