from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_transaction_deposit_slip_identifier import AccountTransactionDepositSlipIdentifier
from ..models.account_transaction_transaction_type import AccountTransactionTransactionType
from ..types import UNSET, Unset, keys_only, parse_date
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="AccountTransaction")


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
        amount_to_escrow (Money | Unset): Loan payments: the part put into escrow.
        amount_to_interest (Money | Unset): Loan payments: the part applied to interest.
        amount_to_principal (Money | Unset): Loan payments: the part applied to principal.
        check_image_identifier (str | Unset): The check image's identifier (for the banking images calls).
        check_image_locator (str | Unset): The host's locator of the check image.
        check_number (int | Unset): The check number, as an integer.
        check_number_str (str | Unset): The check number, as text.
        deposit_slip_identifier (AccountTransactionDepositSlipIdentifier | Unset): Typed by the platform as an image
            type (UNKNOWN, CHECK, DEPOSIT_SLIP, ...).
        description (str | Unset):
        effective_date (datetime.date | Unset): When the transaction took effect (YYYY-MM-DD).
        fee (Money | Unset): A fee charged with the transaction.
        ledger_balance (Money | Unset): The running balance after this transaction (for loans: the principal left).
        memo (str | Unset):
        micr (str | Unset): The check's MICR line, when there is one.
        transaction_date (datetime.date | Unset): When the transaction happened (YYYY-MM-DD).
        transaction_id (str | Unset): The host's id of the transaction.
        transaction_number (str | Unset): The host's transaction number, as text.
    """

    account_id: str
    amount: Money
    credit_transaction: bool
    fi_id: str
    id: str
    pending: bool
    persistent_tnum: bool
    transaction_type: AccountTransactionTransactionType
    amount_to_escrow: Money | Unset = UNSET
    amount_to_interest: Money | Unset = UNSET
    amount_to_principal: Money | Unset = UNSET
    check_image_identifier: str | Unset = UNSET
    check_image_locator: str | Unset = UNSET
    check_number: int | Unset = UNSET
    check_number_str: str | Unset = UNSET
    deposit_slip_identifier: AccountTransactionDepositSlipIdentifier | Unset = UNSET
    description: str | Unset = UNSET
    effective_date: datetime.date | Unset = UNSET
    fee: Money | Unset = UNSET
    ledger_balance: Money | Unset = UNSET
    memo: str | Unset = UNSET
    micr: str | Unset = UNSET
    transaction_date: datetime.date | Unset = UNSET
    transaction_id: str | Unset = UNSET
    transaction_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        account_id = self.account_id
        amount = self.amount.to_dict()
        credit_transaction = self.credit_transaction
        fi_id = self.fi_id
        id = self.id
        pending = self.pending
        persistent_tnum = self.persistent_tnum
        transaction_type = AccountTransactionTransactionType(self.transaction_type).value
        amount_to_escrow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_to_escrow, Unset):
            amount_to_escrow = self.amount_to_escrow.to_dict()
        amount_to_interest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_to_interest, Unset):
            amount_to_interest = self.amount_to_interest.to_dict()
        amount_to_principal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_to_principal, Unset):
            amount_to_principal = self.amount_to_principal.to_dict()
        check_image_identifier = self.check_image_identifier
        check_image_locator = self.check_image_locator
        check_number = self.check_number
        check_number_str = self.check_number_str
        deposit_slip_identifier: str | Unset = UNSET
        if not isinstance(self.deposit_slip_identifier, Unset):
            deposit_slip_identifier = AccountTransactionDepositSlipIdentifier(self.deposit_slip_identifier).value

        description = self.description
        effective_date: str | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.isoformat()
        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()
        ledger_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ledger_balance, Unset):
            ledger_balance = self.ledger_balance.to_dict()
        memo = self.memo
        micr = self.micr
        transaction_date: str | Unset = UNSET
        if not isinstance(self.transaction_date, Unset):
            transaction_date = self.transaction_date.isoformat()
        transaction_id = self.transaction_id
        transaction_number = self.transaction_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "amount": amount,
                "creditTransaction": credit_transaction,
                "fiId": fi_id,
                "id": id,
                "pending": pending,
                "persistentTnum": persistent_tnum,
                "transactionType": transaction_type,
            }
        )
        if amount_to_escrow is not UNSET:
            field_dict["amountToEscrow"] = amount_to_escrow
        if amount_to_interest is not UNSET:
            field_dict["amountToInterest"] = amount_to_interest
        if amount_to_principal is not UNSET:
            field_dict["amountToPrincipal"] = amount_to_principal
        if check_image_identifier is not UNSET:
            field_dict["checkImageIdentifier"] = check_image_identifier
        if check_image_locator is not UNSET:
            field_dict["checkImageLocator"] = check_image_locator
        if check_number is not UNSET:
            field_dict["checkNumber"] = check_number
        if check_number_str is not UNSET:
            field_dict["checkNumberStr"] = check_number_str
        if deposit_slip_identifier is not UNSET:
            field_dict["depositSlipIdentifier"] = deposit_slip_identifier
        if description is not UNSET:
            field_dict["description"] = description
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if fee is not UNSET:
            field_dict["fee"] = fee
        if ledger_balance is not UNSET:
            field_dict["ledgerBalance"] = ledger_balance
        if memo is not UNSET:
            field_dict["memo"] = memo
        if micr is not UNSET:
            field_dict["micr"] = micr
        if transaction_date is not UNSET:
            field_dict["transactionDate"] = transaction_date
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if transaction_number is not UNSET:
            field_dict["transactionNumber"] = transaction_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money

        d = dict(src_dict)
        account_id = d.pop("accountId")
        amount = Money.from_dict(d.pop("amount"))

        credit_transaction = d.pop("creditTransaction")
        fi_id = d.pop("fiId")
        id = d.pop("id")
        pending = d.pop("pending")
        persistent_tnum = d.pop("persistentTnum")
        transaction_type = AccountTransactionTransactionType(d.pop("transactionType"))

        _amount_to_escrow = d.pop("amountToEscrow", UNSET)
        amount_to_escrow: Money | Unset
        if isinstance(_amount_to_escrow, Unset):
            amount_to_escrow = UNSET
        else:
            amount_to_escrow = Money.from_dict(_amount_to_escrow)

        _amount_to_interest = d.pop("amountToInterest", UNSET)
        amount_to_interest: Money | Unset
        if isinstance(_amount_to_interest, Unset):
            amount_to_interest = UNSET
        else:
            amount_to_interest = Money.from_dict(_amount_to_interest)

        _amount_to_principal = d.pop("amountToPrincipal", UNSET)
        amount_to_principal: Money | Unset
        if isinstance(_amount_to_principal, Unset):
            amount_to_principal = UNSET
        else:
            amount_to_principal = Money.from_dict(_amount_to_principal)

        check_image_identifier = d.pop("checkImageIdentifier", UNSET)
        check_image_locator = d.pop("checkImageLocator", UNSET)
        check_number = d.pop("checkNumber", UNSET)
        check_number_str = d.pop("checkNumberStr", UNSET)
        _deposit_slip_identifier = d.pop("depositSlipIdentifier", UNSET)
        deposit_slip_identifier: AccountTransactionDepositSlipIdentifier | Unset
        if isinstance(_deposit_slip_identifier, Unset):
            deposit_slip_identifier = UNSET
        else:
            deposit_slip_identifier = AccountTransactionDepositSlipIdentifier(_deposit_slip_identifier)

        description = d.pop("description", UNSET)
        _effective_date = d.pop("effectiveDate", UNSET)
        effective_date: datetime.date | Unset
        if isinstance(_effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = parse_date(_effective_date)

        _fee = d.pop("fee", UNSET)
        fee: Money | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = Money.from_dict(_fee)

        _ledger_balance = d.pop("ledgerBalance", UNSET)
        ledger_balance: Money | Unset
        if isinstance(_ledger_balance, Unset):
            ledger_balance = UNSET
        else:
            ledger_balance = Money.from_dict(_ledger_balance)

        memo = d.pop("memo", UNSET)
        micr = d.pop("micr", UNSET)
        _transaction_date = d.pop("transactionDate", UNSET)
        transaction_date: datetime.date | Unset
        if isinstance(_transaction_date, Unset):
            transaction_date = UNSET
        else:
            transaction_date = parse_date(_transaction_date)

        transaction_id = d.pop("transactionId", UNSET)
        transaction_number = d.pop("transactionNumber", UNSET)
        account_transaction = cls(
            account_id=account_id,
            amount=amount,
            credit_transaction=credit_transaction,
            fi_id=fi_id,
            id=id,
            pending=pending,
            persistent_tnum=persistent_tnum,
            transaction_type=transaction_type,
            amount_to_escrow=amount_to_escrow,
            amount_to_interest=amount_to_interest,
            amount_to_principal=amount_to_principal,
            check_image_identifier=check_image_identifier,
            check_image_locator=check_image_locator,
            check_number=check_number,
            check_number_str=check_number_str,
            deposit_slip_identifier=deposit_slip_identifier,
            description=description,
            effective_date=effective_date,
            fee=fee,
            ledger_balance=ledger_balance,
            memo=memo,
            micr=micr,
            transaction_date=transaction_date,
            transaction_id=transaction_id,
            transaction_number=transaction_number,
        )

        account_transaction.additional_properties = d
        return account_transaction
