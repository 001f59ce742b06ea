from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_type_3 import AccountType3
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="EStatementReportRequest")


@_attrs_define
class EStatementReportRequest(_Model):
    """Optional filters of the opt-in report.

    Attributes:
        customer_id (str | Unset): Only this customer's accounts.
        account_type (AccountType3 | Unset): Only accounts of this type.
    """

    customer_id: str | Unset = UNSET
    account_type: AccountType3 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        customer_id = self.customer_id
        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = AccountType3(self.account_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if account_type is not UNSET:
            field_dict["accountType"] = account_type

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId", UNSET)
        _account_type = d.pop("accountType", UNSET)
        account_type: AccountType3 | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = AccountType3(_account_type)

        e_statement_report_request = cls(
            customer_id=customer_id,
            account_type=account_type,
        )

        e_statement_report_request.additional_properties = d
        return e_statement_report_request
