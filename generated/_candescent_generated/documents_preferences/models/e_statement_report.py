from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.account_type_3 import AccountType3
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {"userId", "userName", "accountNumber", "accountType", "optInEstatement", "optInPaperStatement", "optInDateTime"}
)


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
        _self = object.__new__(cls)
        _self.user_id = src_dict["userId"]
        _self.user_name = src_dict["userName"]
        _self.account_number = src_dict["accountNumber"]
        _self.account_type = enum_member(AccountType3, src_dict["accountType"])
        _self.opt_in_estatement = src_dict["optInEstatement"]
        _self.opt_in_paper_statement = src_dict["optInPaperStatement"]
        _self.opt_in_date_time = None if (v := src_dict.get("optInDateTime")) is None else parse_datetime(v)
        extra = (
            {}
            if len(src_dict) == 6 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
