from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ux_account_ownership_type import UXAccountOwnershipType
from ..types import UNSET, Unset, keys_only, refuse_float, to_decimal
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.ux_account_type import UXAccountType
    from ..models.ux_balance import UXBalance
    from ..models.ux_transaction import UXTransaction


T = TypeVar("T", bound="UXAccount")


@_attrs_define
class UXAccount(_Model):
    """
    Attributes:
        customer_id (str):
        id (str):
        category (str):
        account_type (UXAccountType):
        account_number (str):
        balance (UXBalance):
        account_transaction (list[UXTransaction]):
        account_hidden (bool | Unset):
        nick_name (str | Unset):
        description (str | Unset):
        interest_rate (Decimal | Unset):
        ownership_type (UXAccountOwnershipType | Unset):
    """

    customer_id: str
    id: str
    category: str
    account_type: UXAccountType
    account_number: str
    balance: UXBalance
    account_transaction: list[UXTransaction]
    account_hidden: bool | Unset = UNSET
    nick_name: str | Unset = UNSET
    description: str | Unset = UNSET
    interest_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    ownership_type: UXAccountOwnershipType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        customer_id = self.customer_id
        id = self.id
        category = self.category
        account_type = self.account_type.to_dict()
        account_number = self.account_number
        balance = self.balance.to_dict()
        account_transaction = []
        for account_transaction_item_data in self.account_transaction:
            account_transaction_item = account_transaction_item_data.to_dict()
            account_transaction.append(account_transaction_item)

        account_hidden = self.account_hidden
        nick_name = self.nick_name
        description = self.description
        interest_rate = self.interest_rate
        ownership_type: str | Unset = UNSET
        if not isinstance(self.ownership_type, Unset):
            ownership_type = UXAccountOwnershipType(self.ownership_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "id": id,
                "category": category,
                "accountType": account_type,
                "accountNumber": account_number,
                "balance": balance,
                "accountTransaction": account_transaction,
            }
        )
        if account_hidden is not UNSET:
            field_dict["accountHidden"] = account_hidden
        if nick_name is not UNSET:
            field_dict["nickName"] = nick_name
        if description is not UNSET:
            field_dict["description"] = description
        if interest_rate is not UNSET:
            field_dict["interestRate"] = interest_rate
        if ownership_type is not UNSET:
            field_dict["ownershipType"] = ownership_type

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ux_account_type import UXAccountType
        from ..models.ux_balance import UXBalance
        from ..models.ux_transaction import UXTransaction

        d = dict(src_dict)
        customer_id = d.pop("customerId")
        id = d.pop("id")
        category = d.pop("category")
        account_type = UXAccountType.from_dict(d.pop("accountType"))

        account_number = d.pop("accountNumber")
        balance = UXBalance.from_dict(d.pop("balance"))

        account_transaction = []
        _account_transaction = d.pop("accountTransaction")
        for account_transaction_item_data in _account_transaction:
            account_transaction_item = UXTransaction.from_dict(account_transaction_item_data)

            account_transaction.append(account_transaction_item)

        account_hidden = d.pop("accountHidden", UNSET)
        nick_name = d.pop("nickName", UNSET)
        description = d.pop("description", UNSET)
        _interest_rate = d.pop("interestRate", UNSET)
        interest_rate: Decimal | Unset
        if isinstance(_interest_rate, Unset):
            interest_rate = UNSET
        else:
            interest_rate = to_decimal(_interest_rate)

        _ownership_type = d.pop("ownershipType", UNSET)
        ownership_type: UXAccountOwnershipType | Unset
        if isinstance(_ownership_type, Unset):
            ownership_type = UNSET
        else:
            ownership_type = UXAccountOwnershipType(_ownership_type)

        ux_account = cls(
            customer_id=customer_id,
            id=id,
            category=category,
            account_type=account_type,
            account_number=account_number,
            balance=balance,
            account_transaction=account_transaction,
            account_hidden=account_hidden,
            nick_name=nick_name,
            description=description,
            interest_rate=interest_rate,
            ownership_type=ownership_type,
        )

        ux_account.additional_properties = d
        return ux_account
