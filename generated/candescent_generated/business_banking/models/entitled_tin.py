from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.bank_account_features import BankAccountFeatures
    from ..models.entitled_feature import EntitledFeature


T = TypeVar("T", bound="EntitledTin")


@_attrs_define
class EntitledTin(_Model):
    """
    Attributes:
        tin_number (str):
        member_number (str | Unset):
        bank_accounts (list[BankAccountFeatures] | Unset):
        feature_limits (list[EntitledFeature] | Unset):
    """

    tin_number: str = _attrs_field(repr=False)
    member_number: str | Unset = UNSET
    bank_accounts: list[BankAccountFeatures] | Unset = UNSET
    feature_limits: list[EntitledFeature] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        tin_number = self.tin_number
        member_number = self.member_number
        bank_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bank_accounts, Unset):
            bank_accounts = []
            for bank_accounts_item_data in self.bank_accounts:
                bank_accounts_item = bank_accounts_item_data.to_dict()
                bank_accounts.append(bank_accounts_item)

        feature_limits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feature_limits, Unset):
            feature_limits = []
            for feature_limits_item_data in self.feature_limits:
                feature_limits_item = feature_limits_item_data.to_dict()
                feature_limits.append(feature_limits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tinNumber": tin_number,
            }
        )
        if member_number is not UNSET:
            field_dict["memberNumber"] = member_number
        if bank_accounts is not UNSET:
            field_dict["bankAccounts"] = bank_accounts
        if feature_limits is not UNSET:
            field_dict["featureLimits"] = feature_limits

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bank_account_features import BankAccountFeatures
        from ..models.entitled_feature import EntitledFeature

        d = dict(src_dict)
        tin_number = d.pop("tinNumber")
        member_number = d.pop("memberNumber", UNSET)
        _bank_accounts = d.pop("bankAccounts", UNSET)
        bank_accounts: list[BankAccountFeatures] | Unset = UNSET
        if _bank_accounts is not UNSET:
            bank_accounts = []
            for bank_accounts_item_data in _bank_accounts:
                bank_accounts_item = BankAccountFeatures.from_dict(bank_accounts_item_data)

                bank_accounts.append(bank_accounts_item)

        _feature_limits = d.pop("featureLimits", UNSET)
        feature_limits: list[EntitledFeature] | Unset = UNSET
        if _feature_limits is not UNSET:
            feature_limits = []
            for feature_limits_item_data in _feature_limits:
                feature_limits_item = EntitledFeature.from_dict(feature_limits_item_data)

                feature_limits.append(feature_limits_item)

        entitled_tin = cls(
            tin_number=tin_number,
            member_number=member_number,
            bank_accounts=bank_accounts,
            feature_limits=feature_limits,
        )

        entitled_tin.additional_properties = d
        return entitled_tin
