from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wire_payment_payment_type import WirePaymentPaymentType
from ..models.wire_payment_status import WirePaymentStatus
from ..models.wire_payment_transaction_type import WirePaymentTransactionType
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, refuse_float, to_decimal

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
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        if self.institution_id is not None:
            institution_id = self.institution_id
            field_dict["institutionId"] = institution_id
        if self.payment_name is not None:
            payment_name = self.payment_name
            field_dict["paymentName"] = payment_name
        if self.payment_description is not None:
            payment_description = self.payment_description
            field_dict["paymentDescription"] = payment_description
        if self.status is not None:
            status = WirePaymentStatus(self.status).value
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
        _payment_description = d.pop("paymentDescription", None)
        payment_description: str | None = None
        if _payment_description is not None:
            payment_description = _payment_description
        _status = d.pop("status", None)
        status: WirePaymentStatus | None = None
        if _status is not None:
            status = WirePaymentStatus(_status)

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
