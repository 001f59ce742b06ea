from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.banking_image_account_type import BankingImageAccountType
from ..models.image_type_1 import ImageType1
from ..models.transaction_status import TransactionStatus
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
        "institutionCustomerId",
        "institutionId",
        "accountId",
        "imageType",
        "accountNumber",
        "accountType",
        "imageInfoItems",
        "transactionImageNumber",
        "transactionDate",
        "transactionDescription",
        "transactionStatus",
        "amount",
        "statementDescription",
        "statementDate",
    }
)


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["institutionCustomerId"] = self.institution_customer_id
        field_dict["institutionId"] = self.institution_id
        field_dict["accountId"] = self.account_id
        field_dict["imageType"] = ImageType1(self.image_type).value
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
        _self = object.__new__(cls)
        _self.id = src_dict["id"]
        _self.institution_customer_id = src_dict["institutionCustomerId"]
        _self.institution_id = src_dict["institutionId"]
        _self.account_id = src_dict["accountId"]
        _self.image_type = enum_member(ImageType1, src_dict["imageType"])
        _self.account_number = src_dict.get("accountNumber")
        _self.account_type = (
            None if (v := src_dict.get("accountType")) is None else enum_member(BankingImageAccountType, v)
        )
        _self.image_info_items = None if (v := src_dict.get("imageInfoItems")) is None else ImageInfoItems.from_dict(v)
        _self.transaction_image_number = src_dict.get("transactionImageNumber")
        _self.transaction_date = (
            None if (v := src_dict.get("transactionDate")) is None else (known_date(v) or parse_date(v))
        )
        _self.transaction_description = src_dict.get("transactionDescription")
        _self.transaction_status = (
            None if (v := src_dict.get("transactionStatus")) is None else enum_member(TransactionStatus, v)
        )
        _self.amount = None if (v := src_dict.get("amount")) is None else Money2.from_dict(v)
        _self.statement_description = src_dict.get("statementDescription")
        _self.statement_date = (
            None if (v := src_dict.get("statementDate")) is None else (known_date(v) or parse_date(v))
        )
        extra = (
            {}
            if len(src_dict) == 5 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.image_info_items import ImageInfoItems
from ..models.money_2 import Money2
