from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.transaction_type import TransactionType
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
        "id",
        "institutionId",
        "institutionUserId",
        "accountId",
        "amount",
        "type",
        "isCreditTransaction",
        "isExportable",
        "isPending",
        "institutionCustomerId",
        "transactionNumber",
        "hostTransactionId",
        "transactionDate",
        "effectiveDate",
        "memo",
        "description",
        "fee",
        "amountToPrincipal",
        "amountToEscrow",
        "amountToInterest",
        "unappliedFundsBalance",
        "ledgerBalance",
        "checkNumber",
        "micrNumber",
        "baiCode",
        "transactionImage",
        "additionalInfo",
    }
)


@_attrs_define
class Transaction(_Model):
    """One transaction of an account.

    Attributes:
        id (str): The transaction's opaque id.
        institution_id (str): The institution's id.
        institution_user_id (str): The platform's id of the user.
        account_id (str): The account's id.
        amount (Money1): Always positive; isCreditTransaction gives the direction.
        type_ (TransactionType): What kind of transaction it is (DEPOSIT, CHECK, POS_PURCHASE, ...).
        is_credit_transaction (bool): true: money came in (a credit); false: money went out (a debit).
        is_exportable (bool): May be exported to money software (Quicken, QuickBooks).
        is_pending (bool): true: pending (not yet posted); false: posted.
        institution_customer_id (str): The institution customer (for business users: the location).
        transaction_number (str): The host's transaction number, as text.
        host_transaction_id (str): The host's id of the transaction.
        transaction_date (datetime.date): When the transaction happened (YYYY-MM-DD).
        effective_date (datetime.date): When it took effect (YYYY-MM-DD).
        memo (str):
        description (str):
        fee (Money1): A fee charged with the transaction.
        amount_to_principal (Money1): Loan payments: the part applied to principal.
        amount_to_escrow (Money1): Loan payments: the part put into escrow.
        amount_to_interest (Money1): Loan payments: the part applied to interest.
        unapplied_funds_balance (Money1): Loans: money received but not yet applied.
        ledger_balance (Money1): The running balance after this transaction (for loans: the principal left).
        check_number (str): The check number, as text.
        micr_number (str): The check's MICR line, when there is one.
        bai_code (str): The three-digit BAI transaction code.
        transaction_image (TransactionImage): Its image (a check or deposit slip), for the banking images calls.
        additional_info (TransactionAdditionalInfo): Extra facts as key/value pairs (e.g. ofxTid); more keys with the
            transactions:read_enriched scope.
    """

    id: str
    institution_id: str
    institution_user_id: str
    account_id: str
    amount: Money1
    type_: TransactionType
    is_credit_transaction: bool
    is_exportable: bool
    is_pending: bool
    institution_customer_id: str | None = None
    transaction_number: str | None = None
    host_transaction_id: str | None = None
    transaction_date: datetime.date | None = None
    effective_date: datetime.date | None = None
    memo: str | None = None
    description: str | None = None
    fee: Money1 | None = None
    amount_to_principal: Money1 | None = None
    amount_to_escrow: Money1 | None = None
    amount_to_interest: Money1 | None = None
    unapplied_funds_balance: Money1 | None = None
    ledger_balance: Money1 | None = None
    check_number: str | None = None
    micr_number: str | None = None
    bai_code: str | None = None
    transaction_image: TransactionImage | None = None
    additional_info: TransactionAdditionalInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["institutionId"] = self.institution_id
        field_dict["institutionUserId"] = self.institution_user_id
        field_dict["accountId"] = self.account_id
        field_dict["amount"] = self.amount.to_dict()
        field_dict["type"] = TransactionType(self.type_).value
        field_dict["isCreditTransaction"] = self.is_credit_transaction
        field_dict["isExportable"] = self.is_exportable
        field_dict["isPending"] = self.is_pending
        if self.institution_customer_id is not None:
            field_dict["institutionCustomerId"] = self.institution_customer_id
        if self.transaction_number is not None:
            field_dict["transactionNumber"] = self.transaction_number
        if self.host_transaction_id is not None:
            field_dict["hostTransactionId"] = self.host_transaction_id
        if self.transaction_date is not None:
            field_dict["transactionDate"] = self.transaction_date.isoformat()
        if self.effective_date is not None:
            field_dict["effectiveDate"] = self.effective_date.isoformat()
        if self.memo is not None:
            field_dict["memo"] = self.memo
        if self.description is not None:
            field_dict["description"] = self.description
        if self.fee is not None:
            field_dict["fee"] = self.fee.to_dict()
        if self.amount_to_principal is not None:
            field_dict["amountToPrincipal"] = self.amount_to_principal.to_dict()
        if self.amount_to_escrow is not None:
            field_dict["amountToEscrow"] = self.amount_to_escrow.to_dict()
        if self.amount_to_interest is not None:
            field_dict["amountToInterest"] = self.amount_to_interest.to_dict()
        if self.unapplied_funds_balance is not None:
            field_dict["unappliedFundsBalance"] = self.unapplied_funds_balance.to_dict()
        if self.ledger_balance is not None:
            field_dict["ledgerBalance"] = self.ledger_balance.to_dict()
        if self.check_number is not None:
            field_dict["checkNumber"] = self.check_number
        if self.micr_number is not None:
            field_dict["micrNumber"] = self.micr_number
        if self.bai_code is not None:
            field_dict["baiCode"] = self.bai_code
        if self.transaction_image is not None:
            field_dict["transactionImage"] = self.transaction_image.to_dict()
        if self.additional_info is not None:
            field_dict["additionalInfo"] = self.additional_info.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.id = src_dict["id"]
        _self.institution_id = src_dict["institutionId"]
        _self.institution_user_id = src_dict["institutionUserId"]
        _self.account_id = src_dict["accountId"]
        _self.amount = Money1.from_dict(src_dict["amount"])
        _self.type_ = enum_member(TransactionType, src_dict["type"])
        _self.is_credit_transaction = src_dict["isCreditTransaction"]
        _self.is_exportable = src_dict["isExportable"]
        _self.is_pending = src_dict["isPending"]
        _self.institution_customer_id = src_dict.get("institutionCustomerId")
        _self.transaction_number = src_dict.get("transactionNumber")
        _self.host_transaction_id = src_dict.get("hostTransactionId")
        _self.transaction_date = (
            None if (v := src_dict.get("transactionDate")) is None else (known_date(v) or parse_date(v))
        )
        _self.effective_date = (
            None if (v := src_dict.get("effectiveDate")) is None else (known_date(v) or parse_date(v))
        )
        _self.memo = src_dict.get("memo")
        _self.description = src_dict.get("description")
        _self.fee = None if (v := src_dict.get("fee")) is None else Money1.from_dict(v)
        _self.amount_to_principal = None if (v := src_dict.get("amountToPrincipal")) is None else Money1.from_dict(v)
        _self.amount_to_escrow = None if (v := src_dict.get("amountToEscrow")) is None else Money1.from_dict(v)
        _self.amount_to_interest = None if (v := src_dict.get("amountToInterest")) is None else Money1.from_dict(v)
        _self.unapplied_funds_balance = (
            None if (v := src_dict.get("unappliedFundsBalance")) is None else Money1.from_dict(v)
        )
        _self.ledger_balance = None if (v := src_dict.get("ledgerBalance")) is None else Money1.from_dict(v)
        _self.check_number = src_dict.get("checkNumber")
        _self.micr_number = src_dict.get("micrNumber")
        _self.bai_code = src_dict.get("baiCode")
        _self.transaction_image = (
            None if (v := src_dict.get("transactionImage")) is None else TransactionImage.from_dict(v)
        )
        _self.additional_info = (
            None if (v := src_dict.get("additionalInfo")) is None else TransactionAdditionalInfo.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 9 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.money_1 import Money1
from ..models.transaction_additional_info import TransactionAdditionalInfo
from ..models.transaction_image import TransactionImage
