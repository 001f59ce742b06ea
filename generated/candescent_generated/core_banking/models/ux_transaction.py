from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, parse_date
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="UXTransaction")


@_attrs_define
class UXTransaction(_Model):
    """
    Attributes:
        fi_id (str):
        id (str):
        account_id (str):
        amount (Money):
        credit_transaction (bool):
        pending (bool):
        persistent_tnum (str):
        transaction_type (str):
        fee (Money | Unset):
        ledger_balance (Money | Unset):
        check_number (int | Unset):
        description (str | Unset):
        memo (str | Unset):
        effective_date (datetime.date | Unset):
        transaction_date (datetime.date | Unset):
        transaction_id (str | Unset):
        transaction_number (str | Unset):
    """

    fi_id: str
    id: str
    account_id: str
    amount: Money
    credit_transaction: bool
    pending: bool
    persistent_tnum: str
    transaction_type: str
    fee: Money | Unset = UNSET
    ledger_balance: Money | Unset = UNSET
    check_number: int | Unset = UNSET
    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    effective_date: datetime.date | Unset = UNSET
    transaction_date: datetime.date | Unset = UNSET
    transaction_id: str | Unset = UNSET
    transaction_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        fi_id = self.fi_id
        id = self.id
        account_id = self.account_id
        amount = self.amount.to_dict()
        credit_transaction = self.credit_transaction
        pending = self.pending
        persistent_tnum = self.persistent_tnum
        transaction_type = self.transaction_type
        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()
        ledger_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ledger_balance, Unset):
            ledger_balance = self.ledger_balance.to_dict()
        check_number = self.check_number
        description = self.description
        memo = self.memo
        effective_date: str | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.isoformat()
        transaction_date: str | Unset = UNSET
        if not isinstance(self.transaction_date, Unset):
            transaction_date = self.transaction_date.isoformat()
        transaction_id = self.transaction_id
        transaction_number = self.transaction_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fiId": fi_id,
                "id": id,
                "accountId": account_id,
                "amount": amount,
                "creditTransaction": credit_transaction,
                "pending": pending,
                "persistentTnum": persistent_tnum,
                "transactionType": transaction_type,
            }
        )
        if fee is not UNSET:
            field_dict["fee"] = fee
        if ledger_balance is not UNSET:
            field_dict["ledgerBalance"] = ledger_balance
        if check_number is not UNSET:
            field_dict["checkNumber"] = check_number
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
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
        fi_id = d.pop("fiId")
        id = d.pop("id")
        account_id = d.pop("accountId")
        amount = Money.from_dict(d.pop("amount"))

        credit_transaction = d.pop("creditTransaction")
        pending = d.pop("pending")
        persistent_tnum = d.pop("persistentTnum")
        transaction_type = d.pop("transactionType")
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

        check_number = d.pop("checkNumber", UNSET)
        description = d.pop("description", UNSET)
        memo = d.pop("memo", UNSET)
        _effective_date = d.pop("effectiveDate", UNSET)
        effective_date: datetime.date | Unset
        if isinstance(_effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = parse_date(_effective_date)

        _transaction_date = d.pop("transactionDate", UNSET)
        transaction_date: datetime.date | Unset
        if isinstance(_transaction_date, Unset):
            transaction_date = UNSET
        else:
            transaction_date = parse_date(_transaction_date)

        transaction_id = d.pop("transactionId", UNSET)
        transaction_number = d.pop("transactionNumber", UNSET)
        ux_transaction = cls(
            fi_id=fi_id,
            id=id,
            account_id=account_id,
            amount=amount,
            credit_transaction=credit_transaction,
            pending=pending,
            persistent_tnum=persistent_tnum,
            transaction_type=transaction_type,
            fee=fee,
            ledger_balance=ledger_balance,
            check_number=check_number,
            description=description,
            memo=memo,
            effective_date=effective_date,
            transaction_date=transaction_date,
            transaction_id=transaction_id,
            transaction_number=transaction_number,
        )

        ux_transaction.additional_properties = d
        return ux_transaction
