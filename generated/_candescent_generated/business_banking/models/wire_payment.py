from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wire_payment_payment_type import WirePaymentPaymentType
from ..models.wire_payment_status import WirePaymentStatus
from ..models.wire_payment_transaction_type import WirePaymentTransactionType
from ..types import UNSET, Unset, keys_only, refuse_float, to_decimal
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.domestic_wire_transaction import DomesticWireTransaction
    from ..models.international_wire_transaction import InternationalWireTransaction


T = TypeVar("T", bound="WirePayment")


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
        id (str | Unset): The payment's id (given by the platform).
        institution_id (str | Unset): The institution's 5-character id (given by the platform).
        payment_name (str | Unset): A name for the wire; the beneficiary's name when left out.
        payment_description (str | Unset): What the wire is for.
        status (WirePaymentStatus | Unset): Where the payment stands, e.g. PENDING_COMPANY_APPROVAL (awaiting the
            business's approver), PENDING_FI_APPROVAL (awaiting the institution), SCHEDULED, PROCESSED, CANCELLED, FAILED.
        confirmation_number (str | Unset): The platform's confirmation number (8 letters or digits, e.g. Z5B2U1SP).
        total_amount (Decimal | Unset): The wire's amount (decimal).
        number_of_payments (int | Unset): How many transfers the payment holds (one wireTransaction).
    """

    payment_type: WirePaymentPaymentType
    transaction_type: WirePaymentTransactionType
    delivery_date: str
    account_number: str
    tin_number: str = _attrs_field(repr=False)
    wire_transaction: DomesticWireTransaction | InternationalWireTransaction
    id: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    payment_name: str | Unset = UNSET
    payment_description: str | Unset = UNSET
    status: WirePaymentStatus | Unset = UNSET
    confirmation_number: str | Unset = UNSET
    total_amount: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    number_of_payments: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        from ..models.domestic_wire_transaction import DomesticWireTransaction

        payment_type = WirePaymentPaymentType(self.payment_type).value
        transaction_type = WirePaymentTransactionType(self.transaction_type).value
        delivery_date = self.delivery_date
        account_number = self.account_number
        tin_number = self.tin_number
        wire_transaction: dict[str, Any]
        if isinstance(self.wire_transaction, DomesticWireTransaction):
            wire_transaction = self.wire_transaction.to_dict()
        else:
            wire_transaction = self.wire_transaction.to_dict()

        id = self.id
        institution_id = self.institution_id
        payment_name = self.payment_name
        payment_description = self.payment_description
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = WirePaymentStatus(self.status).value

        confirmation_number = self.confirmation_number
        total_amount = self.total_amount
        number_of_payments = self.number_of_payments

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
        if payment_name is not UNSET:
            field_dict["paymentName"] = payment_name
        if payment_description is not UNSET:
            field_dict["paymentDescription"] = payment_description
        if status is not UNSET:
            field_dict["status"] = status
        if confirmation_number is not UNSET:
            field_dict["confirmationNumber"] = confirmation_number
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if number_of_payments is not UNSET:
            field_dict["numberOfPayments"] = number_of_payments

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.domestic_wire_transaction import DomesticWireTransaction
        from ..models.international_wire_transaction import InternationalWireTransaction

        d = dict(src_dict)
        payment_type = WirePaymentPaymentType(d.pop("paymentType"))

        transaction_type = WirePaymentTransactionType(d.pop("transactionType"))

        delivery_date = d.pop("deliveryDate")
        account_number = d.pop("accountNumber")
        tin_number = d.pop("tinNumber")

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

        wire_transaction = _parse_wire_transaction(d.pop("wireTransaction"))

        id = d.pop("id", UNSET)
        institution_id = d.pop("institutionId", UNSET)
        payment_name = d.pop("paymentName", UNSET)
        payment_description = d.pop("paymentDescription", UNSET)
        _status = d.pop("status", UNSET)
        status: WirePaymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WirePaymentStatus(_status)

        confirmation_number = d.pop("confirmationNumber", UNSET)
        _total_amount = d.pop("totalAmount", UNSET)
        total_amount: Decimal | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = to_decimal(_total_amount)

        number_of_payments = d.pop("numberOfPayments", UNSET)
        wire_payment = cls(
            payment_type=payment_type,
            transaction_type=transaction_type,
            delivery_date=delivery_date,
            account_number=account_number,
            tin_number=tin_number,
            wire_transaction=wire_transaction,
            id=id,
            institution_id=institution_id,
            payment_name=payment_name,
            payment_description=payment_description,
            status=status,
            confirmation_number=confirmation_number,
            total_amount=total_amount,
            number_of_payments=number_of_payments,
        )

        wire_payment.additional_properties = d
        return wire_payment
