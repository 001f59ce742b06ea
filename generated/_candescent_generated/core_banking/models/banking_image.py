from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.banking_image_account_type import BankingImageAccountType
from ..models.image_type_1 import ImageType1
from ..models.transaction_status import TransactionStatus
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import enum_member, keys_only, parse_date

T = TypeVar("T", bound="BankingImage")


@_attrs_define
class BankingImage(_Model):
    """A check, deposit item or statement of an account.

    Attributes:
        id (str): The image's id, for getBankingImageByIdV1.
        institution_customer_id (str): The institution customer (for business users: the location).
        institution_id (str): The institution's id.
        account_id (str): The account's id.
        image_type (ImageType1): What it shows.
        account_number (str): The account number (masked).
        account_type (BankingImageAccountType): The platform's classification of the account.
        image_info_items (ImageInfoItems): The image data: one entry per side or page.
        transaction_image_number (str): Checks: the check number.
        transaction_date (datetime.date): Checks and deposit items: the transaction's date (YYYY-MM-DD).
        transaction_description (str): Checks and deposit items: the transaction's description.
        transaction_status (TransactionStatus): Deposit items: ACCEPTED or HELD_FOR_REVIEW.
        amount (Money2): Checks and deposit items: the amount.
        statement_description (str): Statements: their description.
        statement_date (datetime.date): Statements: their date (YYYY-MM-DD).
    """

    id: str
    institution_customer_id: str
    institution_id: str
    account_id: str
    image_type: ImageType1
    account_number: str | None = None
    account_type: BankingImageAccountType | None = None
    image_info_items: ImageInfoItems | None = None
    transaction_image_number: str | None = None
    transaction_date: datetime.date | None = None
    transaction_description: str | None = None
    transaction_status: TransactionStatus | None = None
    amount: Money2 | None = None
    statement_description: str | None = None
    statement_date: datetime.date | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id = self.id
        institution_customer_id = self.institution_customer_id
        institution_id = self.institution_id
        account_id = self.account_id
        image_type = ImageType1(self.image_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "institutionCustomerId": institution_customer_id,
                "institutionId": institution_id,
                "accountId": account_id,
                "imageType": image_type,
            }
        )
        if self.account_number is not None:
            field_dict["accountNumber"] = self.account_number
        if self.account_type is not None:
            field_dict["accountType"] = BankingImageAccountType(self.account_type).value
        if self.image_info_items is not None:
            field_dict["imageInfoItems"] = self.image_info_items.to_dict()
        if self.transaction_image_number is not None:
            field_dict["transactionImageNumber"] = self.transaction_image_number
        if self.transaction_date is not None:
            field_dict["transactionDate"] = self.transaction_date.isoformat()
        if self.transaction_description is not None:
            field_dict["transactionDescription"] = self.transaction_description
        if self.transaction_status is not None:
            field_dict["transactionStatus"] = TransactionStatus(self.transaction_status).value
        if self.amount is not None:
            field_dict["amount"] = self.amount.to_dict()
        if self.statement_description is not None:
            field_dict["statementDescription"] = self.statement_description
        if self.statement_date is not None:
            field_dict["statementDate"] = self.statement_date.isoformat()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        institution_customer_id = d.pop("institutionCustomerId")
        institution_id = d.pop("institutionId")
        account_id = d.pop("accountId")
        image_type = enum_member(ImageType1, d.pop("imageType"))

        account_number = d.pop("accountNumber", None)
        _account_type = d.pop("accountType", None)
        account_type = None if _account_type is None else enum_member(BankingImageAccountType, _account_type)
        _image_info_items = d.pop("imageInfoItems", None)
        image_info_items = None if _image_info_items is None else ImageInfoItems.from_dict(_image_info_items)
        transaction_image_number = d.pop("transactionImageNumber", None)
        _transaction_date = d.pop("transactionDate", None)
        transaction_date = None if _transaction_date is None else parse_date(_transaction_date)
        transaction_description = d.pop("transactionDescription", None)
        _transaction_status = d.pop("transactionStatus", None)
        transaction_status = (
            None if _transaction_status is None else enum_member(TransactionStatus, _transaction_status)
        )
        _amount = d.pop("amount", None)
        amount = None if _amount is None else Money2.from_dict(_amount)
        statement_description = d.pop("statementDescription", None)
        _statement_date = d.pop("statementDate", None)
        statement_date = None if _statement_date is None else parse_date(_statement_date)
        banking_image = cls(
            id=id,
            institution_customer_id=institution_customer_id,
            institution_id=institution_id,
            account_id=account_id,
            image_type=image_type,
            account_number=account_number,
            account_type=account_type,
            image_info_items=image_info_items,
            transaction_image_number=transaction_image_number,
            transaction_date=transaction_date,
            transaction_description=transaction_description,
            transaction_status=transaction_status,
            amount=amount,
            statement_description=statement_description,
            statement_date=statement_date,
        )

        object.__setattr__(banking_image, "additional_properties", d)  # no on-setattr hooks
        return banking_image


from ..models.image_info_items import ImageInfoItems
from ..models.money_2 import Money2
