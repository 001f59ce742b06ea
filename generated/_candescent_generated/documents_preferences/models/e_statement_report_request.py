from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.account_type_3 import AccountType3
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"customerId", "accountType"})


@_attrs_define
class EStatementReportRequest(_Model):
    """Optional filters of the opt-in report.

    Attributes:
        customer_id (str): Only this customer's accounts.
        account_type (AccountType3): Only accounts of this type.
    """

    customer_id: str | None = None
    account_type: AccountType3 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.customer_id is not None:
            field_dict["customerId"] = self.customer_id
        if self.account_type is not None:
            field_dict["accountType"] = AccountType3(self.account_type).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.customer_id = src_dict.get("customerId")
        _self.account_type = None if (v := src_dict.get("accountType")) is None else enum_member(AccountType3, v)
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
