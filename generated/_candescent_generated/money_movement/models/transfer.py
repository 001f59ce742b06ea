from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.payment_option_type import PaymentOptionType
from ..models.transfer_status import TransferStatus
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "fromAccountHolderId",
        "toAccountHolderId",
        "fromAccountId",
        "toAccountId",
        "amount",
        "memo",
        "paymentOption",
        "previousYearContribution",
        "status",
        "confirmation",
        "fee",
        "payoffAmount",
        "notificationMessage",
        "id",
        "schedule",
        "type",
        "additionalInfo",
    }
)


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.from_account_holder_id is not None:
            field_dict["fromAccountHolderId"] = self.from_account_holder_id
        if self.to_account_holder_id is not None:
            field_dict["toAccountHolderId"] = self.to_account_holder_id
        if self.from_account_id is not None:
            field_dict["fromAccountId"] = self.from_account_id
        if self.to_account_id is not None:
            field_dict["toAccountId"] = self.to_account_id
        if self.amount is not None:
            field_dict["amount"] = self.amount.to_dict()
        if self.memo is not None:
            field_dict["memo"] = self.memo
        if self.payment_option is not None:
            field_dict["paymentOption"] = PaymentOptionType(self.payment_option).value
        if self.previous_year_contribution is not None:
            field_dict["previousYearContribution"] = self.previous_year_contribution
        if self.status is not None:
            field_dict["status"] = TransferStatus(self.status).value
        if self.confirmation is not None:
            field_dict["confirmation"] = self.confirmation
        if self.fee is not None:
            field_dict["fee"] = self.fee.to_dict()
        if self.payoff_amount is not None:
            field_dict["payoffAmount"] = self.payoff_amount.to_dict()
        if self.notification_message is not None:
            field_dict["notificationMessage"] = self.notification_message
        if self.id is not None:
            field_dict["id"] = self.id
        if self.schedule is not None:
            field_dict["schedule"] = self.schedule.to_dict()
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.additional_info is not None:
            field_dict["additionalInfo"] = self.additional_info.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.from_account_holder_id = src_dict.get("fromAccountHolderId")
        _self.to_account_holder_id = src_dict.get("toAccountHolderId")
        _self.from_account_id = src_dict.get("fromAccountId")
        _self.to_account_id = src_dict.get("toAccountId")
        _self.amount = None if (v := src_dict.get("amount")) is None else Money.from_dict(v)
        _self.memo = src_dict.get("memo")
        _self.payment_option = (
            None if (v := src_dict.get("paymentOption")) is None else enum_member(PaymentOptionType, v)
        )
        _self.previous_year_contribution = src_dict.get("previousYearContribution")
        _self.status = None if (v := src_dict.get("status")) is None else enum_member(TransferStatus, v)
        _self.confirmation = src_dict.get("confirmation")
        _self.fee = None if (v := src_dict.get("fee")) is None else Money.from_dict(v)
        _self.payoff_amount = None if (v := src_dict.get("payoffAmount")) is None else Money.from_dict(v)
        _self.notification_message = src_dict.get("notificationMessage")
        _self.id = src_dict.get("id")
        _self.schedule = None if (v := src_dict.get("schedule")) is None else Schedule.from_dict(v)
        _self.type_ = src_dict.get("type")
        _self.additional_info = None if (v := src_dict.get("additionalInfo")) is None else AdditionalInfo.from_dict(v)
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.additional_info import AdditionalInfo
from ..models.money import Money
from ..models.schedule import Schedule
