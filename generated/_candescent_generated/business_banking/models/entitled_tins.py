from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"bankAccounts", "tinNumber", "featureLimits", "memberNumber"})


@_attrs_define
class EntitledTins(_Model):
    """A tax id with its accounts and its per-feature limits.

    Attributes:
        bank_accounts (list[BankAccount]): The tax id's accounts and what each may be used for.
        tin_number (str): The tax id.
        feature_limits (list[EntitledFeature]): Feature limits that apply under this tax id.
        member_number (str): The business's member number at the institution for this tax id.
    """

    bank_accounts: list[BankAccount]
    tin_number: str = _attrs_field(repr=False)
    feature_limits: list[EntitledFeature] | None = None
    member_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["bankAccounts"] = []
        for bank_accounts_item_data in self.bank_accounts:
            bank_accounts_item = bank_accounts_item_data.to_dict()
            field_dict["bankAccounts"].append(bank_accounts_item)

        field_dict["tinNumber"] = self.tin_number
        if self.feature_limits is not None:
            field_dict["featureLimits"] = []
            for feature_limits_item_data in self.feature_limits:
                feature_limits_item = feature_limits_item_data.to_dict()
                field_dict["featureLimits"].append(feature_limits_item)

        if self.member_number is not None:
            field_dict["memberNumber"] = self.member_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.bank_accounts = [BankAccount.from_dict(item) for item in src_dict["bankAccounts"]]
        _self.tin_number = src_dict["tinNumber"]
        _self.feature_limits = (
            None if (v := src_dict.get("featureLimits")) is None else [EntitledFeature.from_dict(item) for item in v]
        )
        _self.member_number = src_dict.get("memberNumber")
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.bank_account import BankAccount
from ..models.entitled_feature import EntitledFeature
