from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legacy_account_category import LegacyAccountCategory
from ..types import UNSET, Unset, keys_only, parse_date, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.legacy_account_id import LegacyAccountId
    from ..models.legacy_balance import LegacyBalance


T = TypeVar("T", bound="LegacyAccount")


@_attrs_define
class LegacyAccount(_Model):
    """
    Attributes:
        id (LegacyAccountId | Unset):
        fi_customer_id (str | Unset):
        fi_id (str | Unset):
        description (str | Unset):
        nick_name (str | Unset):
        display_account_number (str | Unset):
        category (LegacyAccountCategory | Unset):
        account_type (str | Unset):
        balance (LegacyBalance | Unset):
        account_status (str | Unset):
        routing_number (str | Unset):
        member_number (str | Unset):
        next_payment_date (datetime.date | Unset):
    """

    id: LegacyAccountId | Unset = UNSET
    fi_customer_id: str | Unset = UNSET
    fi_id: str | Unset = UNSET
    description: str | Unset = UNSET
    nick_name: str | Unset = UNSET
    display_account_number: str | Unset = UNSET
    category: LegacyAccountCategory | Unset = UNSET
    account_type: str | Unset = UNSET
    balance: LegacyBalance | Unset = UNSET
    account_status: str | Unset = UNSET
    routing_number: str | Unset = UNSET
    member_number: str | Unset = UNSET
    next_payment_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()
        fi_customer_id = self.fi_customer_id
        fi_id = self.fi_id
        description = self.description
        nick_name = self.nick_name
        display_account_number = self.display_account_number
        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = LegacyAccountCategory(self.category).value

        account_type = self.account_type
        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()
        account_status = self.account_status
        routing_number = self.routing_number
        member_number = self.member_number
        next_payment_date: str | Unset = UNSET
        if not isinstance(self.next_payment_date, Unset):
            next_payment_date = self.next_payment_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if fi_customer_id is not UNSET:
            field_dict["fiCustomerId"] = fi_customer_id
        if fi_id is not UNSET:
            field_dict["fiId"] = fi_id
        if description is not UNSET:
            field_dict["description"] = description
        if nick_name is not UNSET:
            field_dict["nickName"] = nick_name
        if display_account_number is not UNSET:
            field_dict["displayAccountNumber"] = display_account_number
        if category is not UNSET:
            field_dict["category"] = category
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if balance is not UNSET:
            field_dict["balance"] = balance
        if account_status is not UNSET:
            field_dict["accountStatus"] = account_status
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if member_number is not UNSET:
            field_dict["memberNumber"] = member_number
        if next_payment_date is not UNSET:
            field_dict["nextPaymentDate"] = next_payment_date

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.legacy_account_id import LegacyAccountId
        from ..models.legacy_balance import LegacyBalance

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: LegacyAccountId | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = LegacyAccountId.from_dict(_id)

        fi_customer_id = xml_text(d.pop("fiCustomerId", UNSET))
        fi_id = xml_text(d.pop("fiId", UNSET))
        description = xml_text(d.pop("description", UNSET))
        nick_name = xml_text(d.pop("nickName", UNSET))
        display_account_number = xml_text(d.pop("displayAccountNumber", UNSET))
        _category = xml_text(d.pop("category", UNSET))
        category: LegacyAccountCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = LegacyAccountCategory(_category)

        account_type = xml_text(d.pop("accountType", UNSET))
        _balance = d.pop("balance", UNSET)
        balance: LegacyBalance | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = LegacyBalance.from_dict(_balance)

        account_status = xml_text(d.pop("accountStatus", UNSET))
        routing_number = xml_text(d.pop("routingNumber", UNSET))
        member_number = xml_text(d.pop("memberNumber", UNSET))
        _next_payment_date = xml_text(d.pop("nextPaymentDate", UNSET))
        next_payment_date: datetime.date | Unset
        if isinstance(_next_payment_date, Unset):
            next_payment_date = UNSET
        else:
            next_payment_date = parse_date(_next_payment_date)

        legacy_account = cls(
            id=id,
            fi_customer_id=fi_customer_id,
            fi_id=fi_id,
            description=description,
            nick_name=nick_name,
            display_account_number=display_account_number,
            category=category,
            account_type=account_type,
            balance=balance,
            account_status=account_status,
            routing_number=routing_number,
            member_number=member_number,
            next_payment_date=next_payment_date,
        )

        legacy_account.additional_properties = d
        return legacy_account
