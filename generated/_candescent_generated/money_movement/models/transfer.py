from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_option_type import PaymentOptionType
from ..models.transfer_status import TransferStatus
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.additional_info import AdditionalInfo
    from ..models.money import Money
    from ..models.schedule import Schedule


T = TypeVar("T", bound="Transfer")


@_attrs_define
class Transfer(_Model):
    """A transfer request and the platform's answer (one schema for both, as on the platform). Request side: fromAccountId,
    toAccountId and amount are needed in practice (TFR_10058, TFR_10059, TFR_10020); schedule is omitted for an
    immediate transfer. Response side adds status, confirmation, fee, payoffAmount, notificationMessage and, for
    scheduled transfers, id and the schedule's computed dates.

        Attributes:
            from_account_holder_id (str): Institution customer (or business location) id owning the debited account.
            to_account_holder_id (str): Institution customer (or business location) id owning the credited account; the
                recipient's member number for recipient transfers.
            from_account_id (str): Id of the account debited.
            to_account_id (str): Id of the account credited (for a validate-recipient transfer, the recipient's account
                number).
            amount (Money): How much to move (a Decimal with at most two places, and its currency).
            memo (str): Memo for the transfer, where the institution enables memos (length and characters limited).
            payment_option (PaymentOptionType): Loan payments only: how the payment is applied (regular, principal,
                interest, ...).
            previous_year_contribution (bool): IRA contribution for the previous tax year (cannot be scheduled).
            status (TransferStatus): The transfer's state, in the answer.
            confirmation (str): Reg E confirmation message (response).
            fee (Money): The fee the institution charges for the transfer, in the answer.
            payoff_amount (Money): Loan payoffs: the amount that pays the loan off, in the answer.
            notification_message (str): Message sent to the user about a scheduled transfer (response).
            id (str): Transfer id; returned for scheduled (recurring or future-dated) transfers only.
            schedule (Schedule): When the transfer runs; absent for an immediate one-time transfer.
            type_ (str): Special transfer kind, e.g. VALIDATE_RECIPIENT (validation of a recipient) or INSTITUTION_ACCOUNT
                (general-ledger transfer); omit for ordinary transfers.
            additional_info (AdditionalInfo): Key/value pairs for special kinds (recipientPassCode and recipientAccountType
                for VALIDATE_RECIPIENT).
    """

    from_account_holder_id: str | None = None
    to_account_holder_id: str | None = None
    from_account_id: str | None = None
    to_account_id: str | None = None
    amount: Money | None = None
    memo: str | None = None
    payment_option: PaymentOptionType | None = None
    previous_year_contribution: bool | None = None
    status: TransferStatus | None = None
    confirmation: str | None = None
    fee: Money | None = None
    payoff_amount: Money | None = None
    notification_message: str | None = None
    id: str | None = None
    schedule: Schedule | None = None
    type_: str | None = None
    additional_info: AdditionalInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.from_account_holder_id is not None:
            from_account_holder_id = self.from_account_holder_id
            field_dict["fromAccountHolderId"] = from_account_holder_id
        if self.to_account_holder_id is not None:
            to_account_holder_id = self.to_account_holder_id
            field_dict["toAccountHolderId"] = to_account_holder_id
        if self.from_account_id is not None:
            from_account_id = self.from_account_id
            field_dict["fromAccountId"] = from_account_id
        if self.to_account_id is not None:
            to_account_id = self.to_account_id
            field_dict["toAccountId"] = to_account_id
        if self.amount is not None:
            amount = self.amount.to_dict()
            field_dict["amount"] = amount
        if self.memo is not None:
            memo = self.memo
            field_dict["memo"] = memo
        if self.payment_option is not None:
            payment_option = PaymentOptionType(self.payment_option).value
            field_dict["paymentOption"] = payment_option
        if self.previous_year_contribution is not None:
            previous_year_contribution = self.previous_year_contribution
            field_dict["previousYearContribution"] = previous_year_contribution
        if self.status is not None:
            status = TransferStatus(self.status).value
            field_dict["status"] = status
        if self.confirmation is not None:
            confirmation = self.confirmation
            field_dict["confirmation"] = confirmation
        if self.fee is not None:
            fee = self.fee.to_dict()
            field_dict["fee"] = fee
        if self.payoff_amount is not None:
            payoff_amount = self.payoff_amount.to_dict()
            field_dict["payoffAmount"] = payoff_amount
        if self.notification_message is not None:
            notification_message = self.notification_message
            field_dict["notificationMessage"] = notification_message
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        if self.schedule is not None:
            schedule = self.schedule.to_dict()
            field_dict["schedule"] = schedule
        if self.type_ is not None:
            type_ = self.type_
            field_dict["type"] = type_
        if self.additional_info is not None:
            additional_info = self.additional_info.to_dict()
            field_dict["additionalInfo"] = additional_info

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_info import AdditionalInfo
        from ..models.money import Money
        from ..models.schedule import Schedule

        d = dict(src_dict)
        _from_account_holder_id = d.pop("fromAccountHolderId", None)
        from_account_holder_id: str | None = None
        if _from_account_holder_id is not None:
            from_account_holder_id = _from_account_holder_id
        _to_account_holder_id = d.pop("toAccountHolderId", None)
        to_account_holder_id: str | None = None
        if _to_account_holder_id is not None:
            to_account_holder_id = _to_account_holder_id
        _from_account_id = d.pop("fromAccountId", None)
        from_account_id: str | None = None
        if _from_account_id is not None:
            from_account_id = _from_account_id
        _to_account_id = d.pop("toAccountId", None)
        to_account_id: str | None = None
        if _to_account_id is not None:
            to_account_id = _to_account_id
        _amount = d.pop("amount", None)
        amount: Money | None = None
        if _amount is not None:
            amount = Money.from_dict(_amount)

        _memo = d.pop("memo", None)
        memo: str | None = None
        if _memo is not None:
            memo = _memo
        _payment_option = d.pop("paymentOption", None)
        payment_option: PaymentOptionType | None = None
        if _payment_option is not None:
            payment_option = PaymentOptionType(_payment_option)

        _previous_year_contribution = d.pop("previousYearContribution", None)
        previous_year_contribution: bool | None = None
        if _previous_year_contribution is not None:
            previous_year_contribution = _previous_year_contribution
        _status = d.pop("status", None)
        status: TransferStatus | None = None
        if _status is not None:
            status = TransferStatus(_status)

        _confirmation = d.pop("confirmation", None)
        confirmation: str | None = None
        if _confirmation is not None:
            confirmation = _confirmation
        _fee = d.pop("fee", None)
        fee: Money | None = None
        if _fee is not None:
            fee = Money.from_dict(_fee)

        _payoff_amount = d.pop("payoffAmount", None)
        payoff_amount: Money | None = None
        if _payoff_amount is not None:
            payoff_amount = Money.from_dict(_payoff_amount)

        _notification_message = d.pop("notificationMessage", None)
        notification_message: str | None = None
        if _notification_message is not None:
            notification_message = _notification_message
        _id = d.pop("id", None)
        id: str | None = None
        if _id is not None:
            id = _id
        _schedule = d.pop("schedule", None)
        schedule: Schedule | None = None
        if _schedule is not None:
            schedule = Schedule.from_dict(_schedule)

        _type_ = d.pop("type", None)
        type_: str | None = None
        if _type_ is not None:
            type_ = _type_
        _additional_info = d.pop("additionalInfo", None)
        additional_info: AdditionalInfo | None = None
        if _additional_info is not None:
            additional_info = AdditionalInfo.from_dict(_additional_info)

        transfer = cls(
            from_account_holder_id=from_account_holder_id,
            to_account_holder_id=to_account_holder_id,
            from_account_id=from_account_id,
            to_account_id=to_account_id,
            amount=amount,
            memo=memo,
            payment_option=payment_option,
            previous_year_contribution=previous_year_contribution,
            status=status,
            confirmation=confirmation,
            fee=fee,
            payoff_amount=payoff_amount,
            notification_message=notification_message,
            id=id,
            schedule=schedule,
            type_=type_,
            additional_info=additional_info,
        )

        transfer.additional_properties = d
        return transfer
