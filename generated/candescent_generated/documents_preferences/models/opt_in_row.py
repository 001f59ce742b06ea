from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="OptInRow")


@_attrs_define
class OptInRow(_Model):
    """
    Attributes:
        user_id (str | Unset):
        user_name (str | Unset):
        account_number (str | Unset):
        account_type (str | Unset):
        opt_in_estatement (bool | Unset):
        opt_in_paper_statement (bool | Unset):
        opt_in_date_time (datetime.datetime | Unset):
    """

    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    account_number: str | Unset = UNSET
    account_type: str | Unset = UNSET
    opt_in_estatement: bool | Unset = UNSET
    opt_in_paper_statement: bool | Unset = UNSET
    opt_in_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        user_id = self.user_id
        user_name = self.user_name
        account_number = self.account_number
        account_type = self.account_type
        opt_in_estatement = self.opt_in_estatement
        opt_in_paper_statement = self.opt_in_paper_statement
        opt_in_date_time: str | Unset = UNSET
        if not isinstance(self.opt_in_date_time, Unset):
            opt_in_date_time = self.opt_in_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if opt_in_estatement is not UNSET:
            field_dict["optInEstatement"] = opt_in_estatement
        if opt_in_paper_statement is not UNSET:
            field_dict["optInPaperStatement"] = opt_in_paper_statement
        if opt_in_date_time is not UNSET:
            field_dict["optInDateTime"] = opt_in_date_time

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)
        user_name = d.pop("userName", UNSET)
        account_number = d.pop("accountNumber", UNSET)
        account_type = d.pop("accountType", UNSET)
        opt_in_estatement = d.pop("optInEstatement", UNSET)
        opt_in_paper_statement = d.pop("optInPaperStatement", UNSET)
        _opt_in_date_time = d.pop("optInDateTime", UNSET)
        opt_in_date_time: datetime.datetime | Unset
        if isinstance(_opt_in_date_time, Unset):
            opt_in_date_time = UNSET
        else:
            opt_in_date_time = parse_datetime(_opt_in_date_time)

        opt_in_row = cls(
            user_id=user_id,
            user_name=user_name,
            account_number=account_number,
            account_type=account_type,
            opt_in_estatement=opt_in_estatement,
            opt_in_paper_statement=opt_in_paper_statement,
            opt_in_date_time=opt_in_date_time,
        )

        opt_in_row.additional_properties = d
        return opt_in_row
