from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.banking_image_account_type import BankingImageAccountType
from ..models.image_type_1 import ImageType1
from ..models.transaction_status import TransactionStatus
from ..types import UNSET, Unset, keys_only, parse_date
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.image_info_items import ImageInfoItems
    from ..models.money_2 import Money2


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
        account_number (str | Unset): The account number (masked).
        account_type (BankingImageAccountType | Unset): The platform's classification of the account.
        image_info_items (ImageInfoItems | Unset): The image data: one entry per side or page.
        transaction_image_number (str | Unset): Checks: the check number.
        transaction_date (datetime.date | Unset): Checks and deposit items: the transaction's date (YYYY-MM-DD).
        transaction_description (str | Unset): Checks and deposit items: the transaction's description.
        transaction_status (TransactionStatus | Unset): Deposit items: ACCEPTED or HELD_FOR_REVIEW.
        amount (Money2 | Unset): Checks and deposit items: the amount.
        statement_description (str | Unset): Statements: their description.
        statement_date (datetime.date | Unset): Statements: their date (YYYY-MM-DD).
    """

    id: str
    institution_customer_id: str
    institution_id: str
    account_id: str
    image_type: ImageType1
    account_number: str | Unset = UNSET
    account_type: BankingImageAccountType | Unset = UNSET
    image_info_items: ImageInfoItems | Unset = UNSET
    transaction_image_number: str | Unset = UNSET
    transaction_date: datetime.date | Unset = UNSET
    transaction_description: str | Unset = UNSET
    transaction_status: TransactionStatus | Unset = UNSET
    amount: Money2 | Unset = UNSET
    statement_description: str | Unset = UNSET
    statement_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id = self.id
        institution_customer_id = self.institution_customer_id
        institution_id = self.institution_id
        account_id = self.account_id
        image_type = ImageType1(self.image_type).value
        account_number = self.account_number
        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = BankingImageAccountType(self.account_type).value

        image_info_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_info_items, Unset):
            image_info_items = self.image_info_items.to_dict()
        transaction_image_number = self.transaction_image_number
        transaction_date: str | Unset = UNSET
        if not isinstance(self.transaction_date, Unset):
            transaction_date = self.transaction_date.isoformat()
        transaction_description = self.transaction_description
        transaction_status: str | Unset = UNSET
        if not isinstance(self.transaction_status, Unset):
            transaction_status = TransactionStatus(self.transaction_status).value

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()
        statement_description = self.statement_description
        statement_date: str | Unset = UNSET
        if not isinstance(self.statement_date, Unset):
            statement_date = self.statement_date.isoformat()

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
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if image_info_items is not UNSET:
            field_dict["imageInfoItems"] = image_info_items
        if transaction_image_number is not UNSET:
            field_dict["transactionImageNumber"] = transaction_image_number
        if transaction_date is not UNSET:
            field_dict["transactionDate"] = transaction_date
        if transaction_description is not UNSET:
            field_dict["transactionDescription"] = transaction_description
        if transaction_status is not UNSET:
            field_dict["transactionStatus"] = transaction_status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if statement_description is not UNSET:
            field_dict["statementDescription"] = statement_description
        if statement_date is not UNSET:
            field_dict["statementDate"] = statement_date

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_info_items import ImageInfoItems
        from ..models.money_2 import Money2

        d = dict(src_dict)
        id = d.pop("id")
        institution_customer_id = d.pop("institutionCustomerId")
        institution_id = d.pop("institutionId")
        account_id = d.pop("accountId")
        image_type = ImageType1(d.pop("imageType"))

        account_number = d.pop("accountNumber", UNSET)
        _account_type = d.pop("accountType", UNSET)
        account_type: BankingImageAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = BankingImageAccountType(_account_type)

        _image_info_items = d.pop("imageInfoItems", UNSET)
        image_info_items: ImageInfoItems | Unset
        if isinstance(_image_info_items, Unset):
            image_info_items = UNSET
        else:
            image_info_items = ImageInfoItems.from_dict(_image_info_items)

        transaction_image_number = d.pop("transactionImageNumber", UNSET)
        _transaction_date = d.pop("transactionDate", UNSET)
        transaction_date: datetime.date | Unset
        if isinstance(_transaction_date, Unset):
            transaction_date = UNSET
        else:
            transaction_date = parse_date(_transaction_date)

        transaction_description = d.pop("transactionDescription", UNSET)
        _transaction_status = d.pop("transactionStatus", UNSET)
        transaction_status: TransactionStatus | Unset
        if isinstance(_transaction_status, Unset):
            transaction_status = UNSET
        else:
            transaction_status = TransactionStatus(_transaction_status)

        _amount = d.pop("amount", UNSET)
        amount: Money2 | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Money2.from_dict(_amount)

        statement_description = d.pop("statementDescription", UNSET)
        _statement_date = d.pop("statementDate", UNSET)
        statement_date: datetime.date | Unset
        if isinstance(_statement_date, Unset):
            statement_date = UNSET
        else:
            statement_date = parse_date(_statement_date)

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

        banking_image.additional_properties = d
        return banking_image
