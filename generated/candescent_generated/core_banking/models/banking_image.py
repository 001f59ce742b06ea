from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.banking_image_transaction_status import BankingImageTransactionStatus
from ..models.di_account_type import DIAccountType
from ..models.image_type import ImageType
from ..types import UNSET, Unset, keys_only, parse_date
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.image_info_items import ImageInfoItems
    from ..models.money import Money


T = TypeVar("T", bound="BankingImage")


@_attrs_define
class BankingImage(_Model):
    """
    Attributes:
        id (str):
        institution_customer_id (str):
        institution_id (str):
        account_id (str):
        image_type (ImageType):
        account_number (str | Unset):
        account_type (DIAccountType | Unset):
        transaction_image_number (str | Unset):
        transaction_date (datetime.date | Unset):
        transaction_description (str | Unset):
        transaction_status (BankingImageTransactionStatus | Unset):
        amount (Money | Unset):
        statement_description (str | Unset):
        statement_date (datetime.date | Unset):
        image_info_items (ImageInfoItems | Unset):
    """

    id: str
    institution_customer_id: str
    institution_id: str
    account_id: str
    image_type: ImageType
    account_number: str | Unset = UNSET
    account_type: DIAccountType | Unset = UNSET
    transaction_image_number: str | Unset = UNSET
    transaction_date: datetime.date | Unset = UNSET
    transaction_description: str | Unset = UNSET
    transaction_status: BankingImageTransactionStatus | Unset = UNSET
    amount: Money | Unset = UNSET
    statement_description: str | Unset = UNSET
    statement_date: datetime.date | Unset = UNSET
    image_info_items: ImageInfoItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id = self.id
        institution_customer_id = self.institution_customer_id
        institution_id = self.institution_id
        account_id = self.account_id
        image_type = ImageType(self.image_type).value
        account_number = self.account_number
        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = DIAccountType(self.account_type).value

        transaction_image_number = self.transaction_image_number
        transaction_date: str | Unset = UNSET
        if not isinstance(self.transaction_date, Unset):
            transaction_date = self.transaction_date.isoformat()
        transaction_description = self.transaction_description
        transaction_status: str | Unset = UNSET
        if not isinstance(self.transaction_status, Unset):
            transaction_status = BankingImageTransactionStatus(self.transaction_status).value

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()
        statement_description = self.statement_description
        statement_date: str | Unset = UNSET
        if not isinstance(self.statement_date, Unset):
            statement_date = self.statement_date.isoformat()
        image_info_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_info_items, Unset):
            image_info_items = self.image_info_items.to_dict()

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
        if image_info_items is not UNSET:
            field_dict["imageInfoItems"] = image_info_items

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_info_items import ImageInfoItems
        from ..models.money import Money

        d = dict(src_dict)
        id = d.pop("id")
        institution_customer_id = d.pop("institutionCustomerId")
        institution_id = d.pop("institutionId")
        account_id = d.pop("accountId")
        image_type = ImageType(d.pop("imageType"))

        account_number = d.pop("accountNumber", UNSET)
        _account_type = d.pop("accountType", UNSET)
        account_type: DIAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = DIAccountType(_account_type)

        transaction_image_number = d.pop("transactionImageNumber", UNSET)
        _transaction_date = d.pop("transactionDate", UNSET)
        transaction_date: datetime.date | Unset
        if isinstance(_transaction_date, Unset):
            transaction_date = UNSET
        else:
            transaction_date = parse_date(_transaction_date)

        transaction_description = d.pop("transactionDescription", UNSET)
        _transaction_status = d.pop("transactionStatus", UNSET)
        transaction_status: BankingImageTransactionStatus | Unset
        if isinstance(_transaction_status, Unset):
            transaction_status = UNSET
        else:
            transaction_status = BankingImageTransactionStatus(_transaction_status)

        _amount = d.pop("amount", UNSET)
        amount: Money | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Money.from_dict(_amount)

        statement_description = d.pop("statementDescription", UNSET)
        _statement_date = d.pop("statementDate", UNSET)
        statement_date: datetime.date | Unset
        if isinstance(_statement_date, Unset):
            statement_date = UNSET
        else:
            statement_date = parse_date(_statement_date)

        _image_info_items = d.pop("imageInfoItems", UNSET)
        image_info_items: ImageInfoItems | Unset
        if isinstance(_image_info_items, Unset):
            image_info_items = UNSET
        else:
            image_info_items = ImageInfoItems.from_dict(_image_info_items)

        banking_image = cls(
            id=id,
            institution_customer_id=institution_customer_id,
            institution_id=institution_id,
            account_id=account_id,
            image_type=image_type,
            account_number=account_number,
            account_type=account_type,
            transaction_image_number=transaction_image_number,
            transaction_date=transaction_date,
            transaction_description=transaction_description,
            transaction_status=transaction_status,
            amount=amount,
            statement_description=statement_description,
            statement_date=statement_date,
            image_info_items=image_info_items,
        )

        banking_image.additional_properties = d
        return banking_image
