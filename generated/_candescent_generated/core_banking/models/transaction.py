from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset, keys_only, parse_date
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.money_1 import Money1
    from ..models.transaction_additional_info import TransactionAdditionalInfo
    from ..models.transaction_image import TransactionImage


T = TypeVar("T", bound="Transaction")


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
        institution_customer_id (str | Unset): The institution customer (for business users: the location).
        transaction_number (str | Unset): The host's transaction number, as text.
        host_transaction_id (str | Unset): The host's id of the transaction.
        transaction_date (datetime.date | Unset): When the transaction happened (YYYY-MM-DD).
        effective_date (datetime.date | Unset): When it took effect (YYYY-MM-DD).
        memo (str | Unset):
        description (str | Unset):
        fee (Money1 | Unset): A fee charged with the transaction.
        amount_to_principal (Money1 | Unset): Loan payments: the part applied to principal.
        amount_to_escrow (Money1 | Unset): Loan payments: the part put into escrow.
        amount_to_interest (Money1 | Unset): Loan payments: the part applied to interest.
        unapplied_funds_balance (Money1 | Unset): Loans: money received but not yet applied.
        ledger_balance (Money1 | Unset): The running balance after this transaction (for loans: the principal left).
        check_number (str | Unset): The check number, as text.
        micr_number (str | Unset): The check's MICR line, when there is one.
        bai_code (str | Unset): The three-digit BAI transaction code.
        transaction_image (TransactionImage | Unset): Its image (a check or deposit slip), for the banking images calls.
        additional_info (TransactionAdditionalInfo | Unset): Extra facts as key/value pairs (e.g. ofxTid); more keys
            with the transactions:read_enriched scope.
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
    institution_customer_id: str | Unset = UNSET
    transaction_number: str | Unset = UNSET
    host_transaction_id: str | Unset = UNSET
    transaction_date: datetime.date | Unset = UNSET
    effective_date: datetime.date | Unset = UNSET
    memo: str | Unset = UNSET
    description: str | Unset = UNSET
    fee: Money1 | Unset = UNSET
    amount_to_principal: Money1 | Unset = UNSET
    amount_to_escrow: Money1 | Unset = UNSET
    amount_to_interest: Money1 | Unset = UNSET
    unapplied_funds_balance: Money1 | Unset = UNSET
    ledger_balance: Money1 | Unset = UNSET
    check_number: str | Unset = UNSET
    micr_number: str | Unset = UNSET
    bai_code: str | Unset = UNSET
    transaction_image: TransactionImage | Unset = UNSET
    additional_info: TransactionAdditionalInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id = self.id
        institution_id = self.institution_id
        institution_user_id = self.institution_user_id
        account_id = self.account_id
        amount = self.amount.to_dict()
        type_ = TransactionType(self.type_).value
        is_credit_transaction = self.is_credit_transaction
        is_exportable = self.is_exportable
        is_pending = self.is_pending
        institution_customer_id = self.institution_customer_id
        transaction_number = self.transaction_number
        host_transaction_id = self.host_transaction_id
        transaction_date: str | Unset = UNSET
        if not isinstance(self.transaction_date, Unset):
            transaction_date = self.transaction_date.isoformat()
        effective_date: str | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.isoformat()
        memo = self.memo
        description = self.description
        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()
        amount_to_principal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_to_principal, Unset):
            amount_to_principal = self.amount_to_principal.to_dict()
        amount_to_escrow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_to_escrow, Unset):
            amount_to_escrow = self.amount_to_escrow.to_dict()
        amount_to_interest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_to_interest, Unset):
            amount_to_interest = self.amount_to_interest.to_dict()
        unapplied_funds_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unapplied_funds_balance, Unset):
            unapplied_funds_balance = self.unapplied_funds_balance.to_dict()
        ledger_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ledger_balance, Unset):
            ledger_balance = self.ledger_balance.to_dict()
        check_number = self.check_number
        micr_number = self.micr_number
        bai_code = self.bai_code
        transaction_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_image, Unset):
            transaction_image = self.transaction_image.to_dict()
        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "institutionId": institution_id,
                "institutionUserId": institution_user_id,
                "accountId": account_id,
                "amount": amount,
                "type": type_,
                "isCreditTransaction": is_credit_transaction,
                "isExportable": is_exportable,
                "isPending": is_pending,
            }
        )
        if institution_customer_id is not UNSET:
            field_dict["institutionCustomerId"] = institution_customer_id
        if transaction_number is not UNSET:
            field_dict["transactionNumber"] = transaction_number
        if host_transaction_id is not UNSET:
            field_dict["hostTransactionId"] = host_transaction_id
        if transaction_date is not UNSET:
            field_dict["transactionDate"] = transaction_date
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if memo is not UNSET:
            field_dict["memo"] = memo
        if description is not UNSET:
            field_dict["description"] = description
        if fee is not UNSET:
            field_dict["fee"] = fee
        if amount_to_principal is not UNSET:
            field_dict["amountToPrincipal"] = amount_to_principal
        if amount_to_escrow is not UNSET:
            field_dict["amountToEscrow"] = amount_to_escrow
        if amount_to_interest is not UNSET:
            field_dict["amountToInterest"] = amount_to_interest
        if unapplied_funds_balance is not UNSET:
            field_dict["unappliedFundsBalance"] = unapplied_funds_balance
        if ledger_balance is not UNSET:
            field_dict["ledgerBalance"] = ledger_balance
        if check_number is not UNSET:
            field_dict["checkNumber"] = check_number
        if micr_number is not UNSET:
            field_dict["micrNumber"] = micr_number
        if bai_code is not UNSET:
            field_dict["baiCode"] = bai_code
        if transaction_image is not UNSET:
            field_dict["transactionImage"] = transaction_image
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money_1 import Money1
        from ..models.transaction_additional_info import TransactionAdditionalInfo
        from ..models.transaction_image import TransactionImage

        d = dict(src_dict)
        id = d.pop("id")
        institution_id = d.pop("institutionId")
        institution_user_id = d.pop("institutionUserId")
        account_id = d.pop("accountId")
        amount = Money1.from_dict(d.pop("amount"))

        type_ = TransactionType(d.pop("type"))

        is_credit_transaction = d.pop("isCreditTransaction")
        is_exportable = d.pop("isExportable")
        is_pending = d.pop("isPending")
        institution_customer_id = d.pop("institutionCustomerId", UNSET)
        transaction_number = d.pop("transactionNumber", UNSET)
        host_transaction_id = d.pop("hostTransactionId", UNSET)
        _transaction_date = d.pop("transactionDate", UNSET)
        transaction_date: datetime.date | Unset
        if isinstance(_transaction_date, Unset):
            transaction_date = UNSET
        else:
            transaction_date = parse_date(_transaction_date)

        _effective_date = d.pop("effectiveDate", UNSET)
        effective_date: datetime.date | Unset
        if isinstance(_effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = parse_date(_effective_date)

        memo = d.pop("memo", UNSET)
        description = d.pop("description", UNSET)
        _fee = d.pop("fee", UNSET)
        fee: Money1 | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = Money1.from_dict(_fee)

        _amount_to_principal = d.pop("amountToPrincipal", UNSET)
        amount_to_principal: Money1 | Unset
        if isinstance(_amount_to_principal, Unset):
            amount_to_principal = UNSET
        else:
            amount_to_principal = Money1.from_dict(_amount_to_principal)

        _amount_to_escrow = d.pop("amountToEscrow", UNSET)
        amount_to_escrow: Money1 | Unset
        if isinstance(_amount_to_escrow, Unset):
            amount_to_escrow = UNSET
        else:
            amount_to_escrow = Money1.from_dict(_amount_to_escrow)

        _amount_to_interest = d.pop("amountToInterest", UNSET)
        amount_to_interest: Money1 | Unset
        if isinstance(_amount_to_interest, Unset):
            amount_to_interest = UNSET
        else:
            amount_to_interest = Money1.from_dict(_amount_to_interest)

        _unapplied_funds_balance = d.pop("unappliedFundsBalance", UNSET)
        unapplied_funds_balance: Money1 | Unset
        if isinstance(_unapplied_funds_balance, Unset):
            unapplied_funds_balance = UNSET
        else:
            unapplied_funds_balance = Money1.from_dict(_unapplied_funds_balance)

        _ledger_balance = d.pop("ledgerBalance", UNSET)
        ledger_balance: Money1 | Unset
        if isinstance(_ledger_balance, Unset):
            ledger_balance = UNSET
        else:
            ledger_balance = Money1.from_dict(_ledger_balance)

        check_number = d.pop("checkNumber", UNSET)
        micr_number = d.pop("micrNumber", UNSET)
        bai_code = d.pop("baiCode", UNSET)
        _transaction_image = d.pop("transactionImage", UNSET)
        transaction_image: TransactionImage | Unset
        if isinstance(_transaction_image, Unset):
            transaction_image = UNSET
        else:
            transaction_image = TransactionImage.from_dict(_transaction_image)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: TransactionAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = TransactionAdditionalInfo.from_dict(_additional_info)

        transaction = cls(
            id=id,
            institution_id=institution_id,
            institution_user_id=institution_user_id,
            account_id=account_id,
            amount=amount,
            type_=type_,
            is_credit_transaction=is_credit_transaction,
            is_exportable=is_exportable,
            is_pending=is_pending,
            institution_customer_id=institution_customer_id,
            transaction_number=transaction_number,
            host_transaction_id=host_transaction_id,
            transaction_date=transaction_date,
            effective_date=effective_date,
            memo=memo,
            description=description,
            fee=fee,
            amount_to_principal=amount_to_principal,
            amount_to_escrow=amount_to_escrow,
            amount_to_interest=amount_to_interest,
            unapplied_funds_balance=unapplied_funds_balance,
            ledger_balance=ledger_balance,
            check_number=check_number,
            micr_number=micr_number,
            bai_code=bai_code,
            transaction_image=transaction_image,
            additional_info=additional_info,
        )

        transaction.additional_properties = d
        return transaction
