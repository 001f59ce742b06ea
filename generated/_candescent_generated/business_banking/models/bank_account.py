from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="BankAccount")


@_attrs_define
class BankAccount(_Model):
    """An account and the features entitled on it.

    Attributes:
        account_number (str):
        features (list[str]): Names of the features that may be used with this account.
    """

    account_number: str | None = None
    features: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.account_number is not None:
            account_number = self.account_number
            field_dict["accountNumber"] = account_number
        if self.features is not None:
            features = self.features

            field_dict["features"] = features

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _account_number = d.pop("accountNumber", None)
        account_number: str | None = None
        if _account_number is not None:
            account_number = _account_number
        _features = d.pop("features", None)
        features: list[str] | None = None
        if _features is not None:
            features = cast(list[str], _features)

        bank_account = cls(
            account_number=account_number,
            features=features,
        )

        bank_account.additional_properties = d
        return bank_account
