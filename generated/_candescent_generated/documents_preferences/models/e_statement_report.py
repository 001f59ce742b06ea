from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.account_type_3 import AccountType3
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime


@_attrs_define
class EStatementReport(_Model):
    """One account's statement delivery in the opt-in report.

    Attributes:
        user_id (str): The account holder's user id.
        user_name (str): The account holder's name.
        account_number (str):
        account_type (AccountType3): An account's type as the digital-banking platform classifies it.
        opt_in_estatement (bool): Whether the account gets electronic statements.
        opt_in_paper_statement (bool): Whether the account gets paper statements.
        opt_in_date_time (datetime.datetime): When the choice was made (ISO 8601 with an offset).
    """

    user_id: str
    user_name: str
    account_number: str
    account_type: AccountType3
    opt_in_estatement: bool
    opt_in_paper_statement: bool
    opt_in_date_time: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["userId"] = self.user_id
        field_dict["userName"] = self.user_name
        field_dict["accountNumber"] = self.account_number
        field_dict["accountType"] = AccountType3(self.account_type).value
        field_dict["optInEstatement"] = self.opt_in_estatement
        field_dict["optInPaperStatement"] = self.opt_in_paper_statement
        if self.opt_in_date_time is not None:
            field_dict["optInDateTime"] = self.opt_in_date_time.isoformat()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self = cls(
            user_id=d.pop("userId"),
            user_name=d.pop("userName"),
            account_number=d.pop("accountNumber"),
            account_type=enum_member(AccountType3, d.pop("accountType")),
            opt_in_estatement=d.pop("optInEstatement"),
            opt_in_paper_statement=d.pop("optInPaperStatement"),
            opt_in_date_time=None if (v := d.pop("optInDateTime", None)) is None else parse_datetime(v),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
