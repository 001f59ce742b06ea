from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="BankAccount")


@_attrs_define
class BankAccount(_Model):
    """An account and the features entitled on it.

    Attributes:
        account_number (str | Unset):
        features (list[str] | Unset): Names of the features that may be used with this account.
    """

    account_number: str | Unset = UNSET
    features: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        account_number = self.account_number
        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if features is not UNSET:
            field_dict["features"] = features

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_number = d.pop("accountNumber", UNSET)
        features = cast(list[str], d.pop("features", UNSET))

        bank_account = cls(
            account_number=account_number,
            features=features,
        )

        bank_account.additional_properties = d
        return bank_account
