from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.legacy_account import LegacyAccount


T = TypeVar("T", bound="LegacyAccounts")


@_attrs_define
class LegacyAccounts(_Model):
    """
    Attributes:
        account (list[LegacyAccount] | Unset):
    """

    account: list[LegacyAccount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        account: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = []
            for account_item_data in self.account:
                account_item = account_item_data.to_dict()
                account.append(account_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.legacy_account import LegacyAccount

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: list[LegacyAccount] | Unset = UNSET
        if _account is not UNSET:
            account = []
            for account_item_data in _account:
                account_item = LegacyAccount.from_dict(account_item_data)

                account.append(account_item)

        legacy_accounts = cls(
            account=account,
        )

        legacy_accounts.additional_properties = d
        return legacy_accounts
