from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"account"})


@_attrs_define
class Accounts(_Model):
    """The legacy accounts answer (XML root <Accounts>).

    Attributes:
        account (list[DepositAccount | InvestmentAccount | LoanAccount | TieredLoanAccount]): One element per account: a
            deposit, loan, investment or tiered-loan shape by category.
    """

    account: list[DepositAccount | InvestmentAccount | LoanAccount | TieredLoanAccount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["account"] = []
        for account_item_data in self.account:
            account_item: dict[str, Any]
            if (
                isinstance(account_item_data, TieredLoanAccount)
                or isinstance(account_item_data, InvestmentAccount)
                or isinstance(account_item_data, LoanAccount)
            ):
                account_item = account_item_data.to_dict()
            else:
                account_item = account_item_data.to_dict()

            field_dict["account"].append(account_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        account = []
        _account = src_dict["account"]
        for account_item_data in _account:

            def _parse_account_item(
                data: object,
            ) -> DepositAccount | InvestmentAccount | LoanAccount | TieredLoanAccount:
                if isinstance(data, dict) and data.get("category") in ("TIERED_LOAN",):
                    account_item_type_0 = TieredLoanAccount.from_dict(data)

                    return account_item_type_0
                if isinstance(data, dict) and data.get("category") in ("INVESTMENT",):
                    account_item_type_1 = InvestmentAccount.from_dict(data)

                    return account_item_type_1
                if isinstance(data, dict) and data.get("category") in ("LOAN",):
                    account_item_type_2 = LoanAccount.from_dict(data)

                    return account_item_type_2
                if isinstance(data, dict) and data.get("category") in ("DEPOSIT",):
                    account_item_type_3 = DepositAccount.from_dict(data)

                    return account_item_type_3
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    account_item_type_0 = TieredLoanAccount.from_dict(data)

                    return account_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    account_item_type_1 = InvestmentAccount.from_dict(data)

                    return account_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    account_item_type_2 = LoanAccount.from_dict(data)

                    return account_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                account_item_type_3 = DepositAccount.from_dict(data)

                return account_item_type_3

            account_item = _parse_account_item(account_item_data)

            account.append(account_item)

        _self.account = account
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.deposit_account import DepositAccount
from ..models.investment_account import InvestmentAccount
from ..models.loan_account import LoanAccount
from ..models.tiered_loan_account import TieredLoanAccount
