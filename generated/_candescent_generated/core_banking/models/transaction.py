from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.transaction_type import TransactionType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_date


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
        d = dict(src_dict)
        _self = cls(
            id=d.pop("id"),
            institution_id=d.pop("institutionId"),
            institution_user_id=d.pop("institutionUserId"),
            account_id=d.pop("accountId"),
            amount=Money1.from_dict(d.pop("amount")),
            type_=enum_member(TransactionType, d.pop("type")),
            is_credit_transaction=d.pop("isCreditTransaction"),
            is_exportable=d.pop("isExportable"),
            is_pending=d.pop("isPending"),
            institution_customer_id=d.pop("institutionCustomerId", None),
            transaction_number=d.pop("transactionNumber", None),
            host_transaction_id=d.pop("hostTransactionId", None),
            transaction_date=None if (v := d.pop("transactionDate", None)) is None else parse_date(v),
            effective_date=None if (v := d.pop("effectiveDate", None)) is None else parse_date(v),
            memo=d.pop("memo", None),
            description=d.pop("description", None),
            fee=None if (v := d.pop("fee", None)) is None else Money1.from_dict(v),
            amount_to_principal=None if (v := d.pop("amountToPrincipal", None)) is None else Money1.from_dict(v),
            amount_to_escrow=None if (v := d.pop("amountToEscrow", None)) is None else Money1.from_dict(v),
            amount_to_interest=None if (v := d.pop("amountToInterest", None)) is None else Money1.from_dict(v),
            unapplied_funds_balance=None
            if (v := d.pop("unappliedFundsBalance", None)) is None
            else Money1.from_dict(v),
            ledger_balance=None if (v := d.pop("ledgerBalance", None)) is None else Money1.from_dict(v),
            check_number=d.pop("checkNumber", None),
            micr_number=d.pop("micrNumber", None),
            bai_code=d.pop("baiCode", None),
            transaction_image=None if (v := d.pop("transactionImage", None)) is None else TransactionImage.from_dict(v),
            additional_info=None
            if (v := d.pop("additionalInfo", None)) is None
            else TransactionAdditionalInfo.from_dict(v),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.money_1 import Money1
from ..models.transaction_additional_info import TransactionAdditionalInfo
from ..models.transaction_image import TransactionImage
