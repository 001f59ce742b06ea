from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.account_transaction_deposit_slip_identifier import AccountTransactionDepositSlipIdentifier
from ..models.account_transaction_transaction_type import AccountTransactionTransactionType
from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    enum_member,
    keys_only,
    known_date,
    parse_date,
)

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "accountId",
        "amount",
        "creditTransaction",
        "fiId",
        "id",
        "pending",
        "persistentTnum",
        "transactionType",
        "amountToEscrow",
        "amountToInterest",
        "amountToPrincipal",
        "checkImageIdentifier",
        "checkImageLocator",
        "checkNumber",
        "checkNumberStr",
        "depositSlipIdentifier",
        "description",
        "effectiveDate",
        "fee",
        "ledgerBalance",
        "memo",
        "micr",
        "transactionDate",
        "transactionId",
        "transactionNumber",
    }
)


@_attrs_define
class AccountTransaction(_Model):
    """One recent transaction of a retail customer's account.

    Attributes:
        account_id (str): The account's id.
        amount (Money): The amount; creditTransaction says whether it came in or went out.
        credit_transaction (bool): true: money came in (a credit); false: money went out (a debit).
        fi_id (str): The institution's id.
        id (str): The transaction's opaque id.
        pending (bool): true: pending (not yet posted); false: posted.
        persistent_tnum (bool): true when transactionNumber is persistent (stays the same from one call to the next).
        transaction_type (AccountTransactionTransactionType): What kind of transaction it is (DEPOSIT, CHECK,
            POS_PURCHASE, ...).
        amount_to_escrow (Money): Loan payments: the part put into escrow.
        amount_to_interest (Money): Loan payments: the part applied to interest.
        amount_to_principal (Money): Loan payments: the part applied to principal.
        check_image_identifier (str): The check image's identifier (for the banking images calls).
        check_image_locator (str): The host's locator of the check image.
        check_number (int): The check number, as an integer.
        check_number_str (str): The check number, as text.
        deposit_slip_identifier (AccountTransactionDepositSlipIdentifier): Typed by the platform as an image type
            (UNKNOWN, CHECK, DEPOSIT_SLIP, ...).
        description (str):
        effective_date (datetime.date): When the transaction took effect (YYYY-MM-DD).
        fee (Money): A fee charged with the transaction.
        ledger_balance (Money): The running balance after this transaction (for loans: the principal left).
        memo (str):
        micr (str): The check's MICR line, when there is one.
        transaction_date (datetime.date): When the transaction happened (YYYY-MM-DD).
        transaction_id (str): The host's id of the transaction.
        transaction_number (str): The host's transaction number, as text.
    """

    account_id: str
    amount: Money
    credit_transaction: bool
    fi_id: str
    id: str
    pending: bool
    persistent_tnum: bool
    transaction_type: AccountTransactionTransactionType
    amount_to_escrow: Money | None = None
    amount_to_interest: Money | None = None
    amount_to_principal: Money | None = None
    check_image_identifier: str | None = None
    check_image_locator: str | None = None
    check_number: int | None = None
    check_number_str: str | None = None
    deposit_slip_identifier: AccountTransactionDepositSlipIdentifier | None = None
    description: str | None = None
    effective_date: datetime.date | None = None
    fee: Money | None = None
    ledger_balance: Money | None = None
    memo: str | None = None
    micr: str | None = None
    transaction_date: datetime.date | None = None
    transaction_id: str | None = None
    transaction_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["accountId"] = self.account_id
        field_dict["amount"] = self.amount.to_dict()
        field_dict["creditTransaction"] = self.credit_transaction
        field_dict["fiId"] = self.fi_id
        field_dict["id"] = self.id
        field_dict["pending"] = self.pending
        field_dict["persistentTnum"] = self.persistent_tnum
        field_dict["transactionType"] = AccountTransactionTransactionType(self.transaction_type).value
        if self.amount_to_escrow is not None:
            field_dict["amountToEscrow"] = self.amount_to_escrow.to_dict()
        if self.amount_to_interest is not None:
            field_dict["amountToInterest"] = self.amount_to_interest.to_dict()
        if self.amount_to_principal is not None:
            field_dict["amountToPrincipal"] = self.amount_to_principal.to_dict()
        if self.check_image_identifier is not None:
            field_dict["checkImageIdentifier"] = self.check_image_identifier
        if self.check_image_locator is not None:
            field_dict["checkImageLocator"] = self.check_image_locator
        if self.check_number is not None:
            field_dict["checkNumber"] = self.check_number
        if self.check_number_str is not None:
            field_dict["checkNumberStr"] = self.check_number_str
        if self.deposit_slip_identifier is not None:
            field_dict["depositSlipIdentifier"] = AccountTransactionDepositSlipIdentifier(
                self.deposit_slip_identifier
            ).value
        if self.description is not None:
            field_dict["description"] = self.description
        if self.effective_date is not None:
            field_dict["effectiveDate"] = self.effective_date.isoformat()
        if self.fee is not None:
            field_dict["fee"] = self.fee.to_dict()
        if self.ledger_balance is not None:
            field_dict["ledgerBalance"] = self.ledger_balance.to_dict()
        if self.memo is not None:
            field_dict["memo"] = self.memo
        if self.micr is not None:
            field_dict["micr"] = self.micr
        if self.transaction_date is not None:
            field_dict["transactionDate"] = self.transaction_date.isoformat()
        if self.transaction_id is not None:
            field_dict["transactionId"] = self.transaction_id
        if self.transaction_number is not None:
            field_dict["transactionNumber"] = self.transaction_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.account_id = src_dict["accountId"]
        _self.amount = Money.from_dict(src_dict["amount"])
        _self.credit_transaction = src_dict["creditTransaction"]
        _self.fi_id = src_dict["fiId"]
        _self.id = src_dict["id"]
        _self.pending = src_dict["pending"]
        _self.persistent_tnum = src_dict["persistentTnum"]
        _self.transaction_type = enum_member(AccountTransactionTransactionType, src_dict["transactionType"])
        _self.amount_to_escrow = None if (v := src_dict.get("amountToEscrow")) is None else Money.from_dict(v)
        _self.amount_to_interest = None if (v := src_dict.get("amountToInterest")) is None else Money.from_dict(v)
        _self.amount_to_principal = None if (v := src_dict.get("amountToPrincipal")) is None else Money.from_dict(v)
        _self.check_image_identifier = src_dict.get("checkImageIdentifier")
        _self.check_image_locator = src_dict.get("checkImageLocator")
        _self.check_number = src_dict.get("checkNumber")
        _self.check_number_str = src_dict.get("checkNumberStr")
        _self.deposit_slip_identifier = (
            None
            if (v := src_dict.get("depositSlipIdentifier")) is None
            else enum_member(AccountTransactionDepositSlipIdentifier, v)
        )
        _self.description = src_dict.get("description")
        _self.effective_date = (
            None if (v := src_dict.get("effectiveDate")) is None else (known_date(v) or parse_date(v))
        )
        _self.fee = None if (v := src_dict.get("fee")) is None else Money.from_dict(v)
        _self.ledger_balance = None if (v := src_dict.get("ledgerBalance")) is None else Money.from_dict(v)
        _self.memo = src_dict.get("memo")
        _self.micr = src_dict.get("micr")
        _self.transaction_date = (
            None if (v := src_dict.get("transactionDate")) is None else (known_date(v) or parse_date(v))
        )
        _self.transaction_id = src_dict.get("transactionId")
        _self.transaction_number = src_dict.get("transactionNumber")
        extra = (
            {}
            if len(src_dict) == 8 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.money import Money
