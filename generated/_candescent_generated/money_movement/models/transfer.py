from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_option_type import PaymentOptionType
from ..models.transfer_status import TransferStatus
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

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
            from_account_holder_id (str | Unset): Institution customer (or business location) id owning the debited account.
            to_account_holder_id (str | Unset): Institution customer (or business location) id owning the credited account;
                the recipient's member number for recipient transfers.
            from_account_id (str | Unset): Id of the account debited.
            to_account_id (str | Unset): Id of the account credited (for a validate-recipient transfer, the recipient's
                account number).
            amount (Money | Unset): How much to move (a Decimal with at most two places, and its currency).
            memo (str | Unset): Memo for the transfer, where the institution enables memos (length and characters limited).
            payment_option (PaymentOptionType | Unset): Loan payments only: how the payment is applied (regular, principal,
                interest, ...).
            previous_year_contribution (bool | Unset): IRA contribution for the previous tax year (cannot be scheduled).
            status (TransferStatus | Unset): The transfer's state, in the answer.
            confirmation (str | Unset): Reg E confirmation message (response).
            fee (Money | Unset): The fee the institution charges for the transfer, in the answer.
            payoff_amount (Money | Unset): Loan payoffs: the amount that pays the loan off, in the answer.
            notification_message (str | Unset): Message sent to the user about a scheduled transfer (response).
            id (str | Unset): Transfer id; returned for scheduled (recurring or future-dated) transfers only.
            schedule (Schedule | Unset): When the transfer runs; absent for an immediate one-time transfer.
            type_ (str | Unset): Special transfer kind, e.g. VALIDATE_RECIPIENT (validation of a recipient) or
                INSTITUTION_ACCOUNT (general-ledger transfer); omit for ordinary transfers.
            additional_info (AdditionalInfo | Unset): Key/value pairs for special kinds (recipientPassCode and
                recipientAccountType for VALIDATE_RECIPIENT).
    """

    from_account_holder_id: str | Unset = UNSET
    to_account_holder_id: str | Unset = UNSET
    from_account_id: str | Unset = UNSET
    to_account_id: str | Unset = UNSET
    amount: Money | Unset = UNSET
    memo: str | Unset = UNSET
    payment_option: PaymentOptionType | Unset = UNSET
    previous_year_contribution: bool | Unset = UNSET
    status: TransferStatus | Unset = UNSET
    confirmation: str | Unset = UNSET
    fee: Money | Unset = UNSET
    payoff_amount: Money | Unset = UNSET
    notification_message: str | Unset = UNSET
    id: str | Unset = UNSET
    schedule: Schedule | Unset = UNSET
    type_: str | Unset = UNSET
    additional_info: AdditionalInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        from_account_holder_id = self.from_account_holder_id
        to_account_holder_id = self.to_account_holder_id
        from_account_id = self.from_account_id
        to_account_id = self.to_account_id
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()
        memo = self.memo
        payment_option: str | Unset = UNSET
        if not isinstance(self.payment_option, Unset):
            payment_option = PaymentOptionType(self.payment_option).value

        previous_year_contribution = self.previous_year_contribution
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = TransferStatus(self.status).value

        confirmation = self.confirmation
        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()
        payoff_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payoff_amount, Unset):
            payoff_amount = self.payoff_amount.to_dict()
        notification_message = self.notification_message
        id = self.id
        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()
        type_ = self.type_
        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_account_holder_id is not UNSET:
            field_dict["fromAccountHolderId"] = from_account_holder_id
        if to_account_holder_id is not UNSET:
            field_dict["toAccountHolderId"] = to_account_holder_id
        if from_account_id is not UNSET:
            field_dict["fromAccountId"] = from_account_id
        if to_account_id is not UNSET:
            field_dict["toAccountId"] = to_account_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if memo is not UNSET:
            field_dict["memo"] = memo
        if payment_option is not UNSET:
            field_dict["paymentOption"] = payment_option
        if previous_year_contribution is not UNSET:
            field_dict["previousYearContribution"] = previous_year_contribution
        if status is not UNSET:
            field_dict["status"] = status
        if confirmation is not UNSET:
            field_dict["confirmation"] = confirmation
        if fee is not UNSET:
            field_dict["fee"] = fee
        if payoff_amount is not UNSET:
            field_dict["payoffAmount"] = payoff_amount
        if notification_message is not UNSET:
            field_dict["notificationMessage"] = notification_message
        if id is not UNSET:
            field_dict["id"] = id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if type_ is not UNSET:
            field_dict["type"] = type_
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_info import AdditionalInfo
        from ..models.money import Money
        from ..models.schedule import Schedule

        d = dict(src_dict)
        from_account_holder_id = d.pop("fromAccountHolderId", UNSET)
        to_account_holder_id = d.pop("toAccountHolderId", UNSET)
        from_account_id = d.pop("fromAccountId", UNSET)
        to_account_id = d.pop("toAccountId", UNSET)
        _amount = d.pop("amount", UNSET)
        amount: Money | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Money.from_dict(_amount)

        memo = d.pop("memo", UNSET)
        _payment_option = d.pop("paymentOption", UNSET)
        payment_option: PaymentOptionType | Unset
        if isinstance(_payment_option, Unset):
            payment_option = UNSET
        else:
            payment_option = PaymentOptionType(_payment_option)

        previous_year_contribution = d.pop("previousYearContribution", UNSET)
        _status = d.pop("status", UNSET)
        status: TransferStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TransferStatus(_status)

        confirmation = d.pop("confirmation", UNSET)
        _fee = d.pop("fee", UNSET)
        fee: Money | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = Money.from_dict(_fee)

        _payoff_amount = d.pop("payoffAmount", UNSET)
        payoff_amount: Money | Unset
        if isinstance(_payoff_amount, Unset):
            payoff_amount = UNSET
        else:
            payoff_amount = Money.from_dict(_payoff_amount)

        notification_message = d.pop("notificationMessage", UNSET)
        id = d.pop("id", UNSET)
        _schedule = d.pop("schedule", UNSET)
        schedule: Schedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = Schedule.from_dict(_schedule)

        type_ = d.pop("type", UNSET)
        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: AdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
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
