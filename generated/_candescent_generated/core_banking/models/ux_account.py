from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.account_category import AccountCategory
from ..models.ux_account_ownership_type import UXAccountOwnershipType
from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    enum_member,
    keys_only,
    known_date,
    parse_date,
    refuse_float,
    to_decimal,
)

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "accountNumber",
        "accountType",
        "balance",
        "category",
        "id",
        "accountTransaction",
        "accountHidden",
        "accountStatus",
        "achCount",
        "billPayAccountNumber",
        "billPayId",
        "currentYearEligibleContribution",
        "currentYearMaxContribution",
        "description",
        "fiAccountTypeDesc",
        "fiRawAccountType",
        "fiAccountType",
        "customerId",
        "historyAllowed",
        "hostAccountType",
        "interestPriorYearToDate",
        "interestRate",
        "lastDepositAmount",
        "lastDividendAmount",
        "lastInterestPaymentAmount",
        "lastInterestPaymentDate",
        "lastStatementStartDate",
        "lastStatementEndDate",
        "lastYearEligibleContribution",
        "lastYearMaxContribution",
        "micrNumber",
        "nickName",
        "nonQualifiedRate",
        "overdraftAccountNumber",
        "overdraftAvailableAmount",
        "overdraftLimit",
        "ownershipType",
        "posCount",
        "primaryHolderId",
        "primaryHolderName",
        "regDLimits",
        "rewardsCount",
        "taxPriorYearToDate",
        "taxYearToDate",
        "tier1BalanceDesc",
        "tier1QualifiedRate",
        "tier2BalanceDesc",
        "tier2QualifiedRate",
        "totalFundsAvailable",
        "tpvReference",
    }
)


@_attrs_define
class UXAccount(_Model):
    """One account of a retail customer, with its recent transactions.

    Attributes:
        account_number (str): Masked (the last digits) unless the token may see unmasked numbers.
        account_type (AccountType1): An account's type: the platform's classification and the host's codes.
        balance (Balance): Available, current and average-statement balances.
        category (AccountCategory): DEPOSIT, LOAN, INVESTMENT, TIERED_LOAN or CROSS_USER_ACCOUNT.
        id (str): The account's opaque id (an encrypted key).
        account_transaction (list[AccountTransaction]): The account's recent transactions.
        account_hidden (bool): The user has hidden the account from their views.
        account_status (AccountStatus1): The account's state, one flag each.
        ach_count (int): How many ACH transactions the host counts for the account.
        bill_pay_account_number (str): The number bill payment services know the account by.
        bill_pay_id (str): The account's id in bill payment services.
        current_year_eligible_contribution (Money): Retirement accounts: what may still be contributed for the current
            year.
        current_year_max_contribution (Money): Retirement accounts: the most that may be contributed for the current
            year.
        description (str):
        fi_account_type_desc (str): The host's name for the account type.
        fi_raw_account_type (int): The host's own numeric type code.
        fi_account_type (int): The institution's numeric type code (after its own mapping).
        customer_id (str): The retail customer the account belongs to.
        history_allowed (bool): Its transaction history can be retrieved.
        host_account_type (str): The host's own account type code, as text.
        interest_prior_year_to_date (Money): Interest of the previous calendar year.
        interest_rate (Decimal): The annual interest rate, in percent (3.5 means 3.5 %).
        last_deposit_amount (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        last_dividend_amount (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        last_interest_payment_amount (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        last_interest_payment_date (datetime.date): When interest was last paid (YYYY-MM-DD).
        last_statement_start_date (datetime.date): First day of the latest statement period (YYYY-MM-DD).
        last_statement_end_date (datetime.date): Last day of the latest statement period (YYYY-MM-DD).
        last_year_eligible_contribution (Money): Retirement accounts: what may still be contributed for the previous
            year.
        last_year_max_contribution (Money): Retirement accounts: the most that could be contributed for the previous
            year.
        micr_number (str): The account number as printed in magnetic ink on its checks (the MICR line).
        nick_name (str):
        non_qualified_rate (Decimal): Rewards accounts: the rate paid when the qualifying conditions are not met, in
            percent (3.5 means 3.5 %).
        overdraft_account_number (str): The account that covers this one's overdrafts.
        overdraft_available_amount (Money): Overdraft coverage still available.
        overdraft_limit (Money): The most the account may be overdrawn.
        ownership_type (UXAccountOwnershipType): PRIMARY (the user's own), JOINT (shared with other holders) or CROSS
            (another member's account the user may access).
        pos_count (int): How many point-of-sale transactions the host counts for the account.
        primary_holder_id (str): The primary holder's id at the host.
        primary_holder_name (str):
        reg_d_limits (RegDLimits): Regulation D limits on withdrawals and transfers, with this period's counts.
        rewards_count (int): The host's count of rewards earned on the account.
        tax_prior_year_to_date (Money): Tax recorded on the account for the previous calendar year.
        tax_year_to_date (Money): Tax recorded on the account so far this calendar year.
        tier_1_balance_desc (str): Rewards accounts: the tier-1 balance threshold, as text (e.g. 100000.00).
        tier_1_qualified_rate (Decimal): Rewards accounts: the rate on tier-1 balances when qualified, in percent (3.5
            means 3.5 %).
        tier_2_balance_desc (str): Rewards accounts: the tier-2 balance threshold, as text.
        tier_2_qualified_rate (Decimal): Rewards accounts: the rate on tier-2 balances when qualified, in percent (3.5
            means 3.5 %).
        total_funds_available (Money): Everything the customer can spend or take out now.
        tpv_reference (str): A third-party vendor's reference for the account.
    """

    account_number: str
    account_type: AccountType1
    balance: Balance
    category: AccountCategory
    id: str
    account_transaction: list[AccountTransaction]
    account_hidden: bool | None = None
    account_status: AccountStatus1 | None = None
    ach_count: int | None = None
    bill_pay_account_number: str | None = None
    bill_pay_id: str | None = None
    current_year_eligible_contribution: Money | None = None
    current_year_max_contribution: Money | None = None
    description: str | None = None
    fi_account_type_desc: str | None = None
    fi_raw_account_type: int | None = None
    fi_account_type: int | None = None
    customer_id: str | None = None
    history_allowed: bool | None = None
    host_account_type: str | None = None
    interest_prior_year_to_date: Money | None = None
    interest_rate: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    last_deposit_amount: Money | None = None
    last_dividend_amount: Money | None = None
    last_interest_payment_amount: Money | None = None
    last_interest_payment_date: datetime.date | None = None
    last_statement_start_date: datetime.date | None = None
    last_statement_end_date: datetime.date | None = None
    last_year_eligible_contribution: Money | None = None
    last_year_max_contribution: Money | None = None
    micr_number: str | None = None
    nick_name: str | None = None
    non_qualified_rate: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    overdraft_account_number: str | None = None
    overdraft_available_amount: Money | None = None
    overdraft_limit: Money | None = None
    ownership_type: UXAccountOwnershipType | None = None
    pos_count: int | None = None
    primary_holder_id: str | None = None
    primary_holder_name: str | None = None
    reg_d_limits: RegDLimits | None = None
    rewards_count: int | None = None
    tax_prior_year_to_date: Money | None = None
    tax_year_to_date: Money | None = None
    tier_1_balance_desc: str | None = None
    tier_1_qualified_rate: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    tier_2_balance_desc: str | None = None
    tier_2_qualified_rate: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    total_funds_available: Money | None = None
    tpv_reference: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["accountNumber"] = self.account_number
        field_dict["accountType"] = self.account_type.to_dict()
        field_dict["balance"] = self.balance.to_dict()
        field_dict["category"] = AccountCategory(self.category).value
        field_dict["id"] = self.id
        field_dict["accountTransaction"] = []
        for account_transaction_item_data in self.account_transaction:
            account_transaction_item = account_transaction_item_data.to_dict()
            field_dict["accountTransaction"].append(account_transaction_item)

        if self.account_hidden is not None:
            field_dict["accountHidden"] = self.account_hidden
        if self.account_status is not None:
            field_dict["accountStatus"] = self.account_status.to_dict()
        if self.ach_count is not None:
            field_dict["achCount"] = self.ach_count
        if self.bill_pay_account_number is not None:
            field_dict["billPayAccountNumber"] = self.bill_pay_account_number
        if self.bill_pay_id is not None:
            field_dict["billPayId"] = self.bill_pay_id
        if self.current_year_eligible_contribution is not None:
            field_dict["currentYearEligibleContribution"] = self.current_year_eligible_contribution.to_dict()
        if self.current_year_max_contribution is not None:
            field_dict["currentYearMaxContribution"] = self.current_year_max_contribution.to_dict()
        if self.description is not None:
            field_dict["description"] = self.description
        if self.fi_account_type_desc is not None:
            field_dict["fiAccountTypeDesc"] = self.fi_account_type_desc
        if self.fi_raw_account_type is not None:
            field_dict["fiRawAccountType"] = self.fi_raw_account_type
        if self.fi_account_type is not None:
            field_dict["fiAccountType"] = self.fi_account_type
        if self.customer_id is not None:
            field_dict["customerId"] = self.customer_id
        if self.history_allowed is not None:
            field_dict["historyAllowed"] = self.history_allowed
        if self.host_account_type is not None:
            field_dict["hostAccountType"] = self.host_account_type
        if self.interest_prior_year_to_date is not None:
            field_dict["interestPriorYearToDate"] = self.interest_prior_year_to_date.to_dict()
        if self.interest_rate is not None:
            field_dict["interestRate"] = self.interest_rate
        if self.last_deposit_amount is not None:
            field_dict["lastDepositAmount"] = self.last_deposit_amount.to_dict()
        if self.last_dividend_amount is not None:
            field_dict["lastDividendAmount"] = self.last_dividend_amount.to_dict()
        if self.last_interest_payment_amount is not None:
            field_dict["lastInterestPaymentAmount"] = self.last_interest_payment_amount.to_dict()
        if self.last_interest_payment_date is not None:
            field_dict["lastInterestPaymentDate"] = self.last_interest_payment_date.isoformat()
        if self.last_statement_start_date is not None:
            field_dict["lastStatementStartDate"] = self.last_statement_start_date.isoformat()
        if self.last_statement_end_date is not None:
            field_dict["lastStatementEndDate"] = self.last_statement_end_date.isoformat()
        if self.last_year_eligible_contribution is not None:
            field_dict["lastYearEligibleContribution"] = self.last_year_eligible_contribution.to_dict()
        if self.last_year_max_contribution is not None:
            field_dict["lastYearMaxContribution"] = self.last_year_max_contribution.to_dict()
        if self.micr_number is not None:
            field_dict["micrNumber"] = self.micr_number
        if self.nick_name is not None:
            field_dict["nickName"] = self.nick_name
        if self.non_qualified_rate is not None:
            field_dict["nonQualifiedRate"] = self.non_qualified_rate
        if self.overdraft_account_number is not None:
            field_dict["overdraftAccountNumber"] = self.overdraft_account_number
        if self.overdraft_available_amount is not None:
            field_dict["overdraftAvailableAmount"] = self.overdraft_available_amount.to_dict()
        if self.overdraft_limit is not None:
            field_dict["overdraftLimit"] = self.overdraft_limit.to_dict()
        if self.ownership_type is not None:
            field_dict["ownershipType"] = UXAccountOwnershipType(self.ownership_type).value
        if self.pos_count is not None:
            field_dict["posCount"] = self.pos_count
        if self.primary_holder_id is not None:
            field_dict["primaryHolderId"] = self.primary_holder_id
        if self.primary_holder_name is not None:
            field_dict["primaryHolderName"] = self.primary_holder_name
        if self.reg_d_limits is not None:
            field_dict["regDLimits"] = self.reg_d_limits.to_dict()
        if self.rewards_count is not None:
            field_dict["rewardsCount"] = self.rewards_count
        if self.tax_prior_year_to_date is not None:
            field_dict["taxPriorYearToDate"] = self.tax_prior_year_to_date.to_dict()
        if self.tax_year_to_date is not None:
            field_dict["taxYearToDate"] = self.tax_year_to_date.to_dict()
        if self.tier_1_balance_desc is not None:
            field_dict["tier1BalanceDesc"] = self.tier_1_balance_desc
        if self.tier_1_qualified_rate is not None:
            field_dict["tier1QualifiedRate"] = self.tier_1_qualified_rate
        if self.tier_2_balance_desc is not None:
            field_dict["tier2BalanceDesc"] = self.tier_2_balance_desc
        if self.tier_2_qualified_rate is not None:
            field_dict["tier2QualifiedRate"] = self.tier_2_qualified_rate
        if self.total_funds_available is not None:
            field_dict["totalFundsAvailable"] = self.total_funds_available.to_dict()
        if self.tpv_reference is not None:
            field_dict["tpvReference"] = self.tpv_reference

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _set_account_number(_self, src_dict["accountNumber"])
        _set_account_type(_self, AccountType1.from_dict(src_dict["accountType"]))
        _set_balance(_self, Balance.from_dict(src_dict["balance"]))
        _set_category(_self, enum_member(AccountCategory, src_dict["category"]))
        _set_id(_self, src_dict["id"])
        _set_account_transaction(_self, [AccountTransaction.from_dict(item) for item in src_dict["accountTransaction"]])
        _set_account_hidden(_self, src_dict.get("accountHidden"))
        _set_account_status(
            _self, None if (v := src_dict.get("accountStatus")) is None else AccountStatus1.from_dict(v)
        )
        _set_ach_count(_self, src_dict.get("achCount"))
        _set_bill_pay_account_number(_self, src_dict.get("billPayAccountNumber"))
        _set_bill_pay_id(_self, src_dict.get("billPayId"))
        _set_current_year_eligible_contribution(
            _self, None if (v := src_dict.get("currentYearEligibleContribution")) is None else Money.from_dict(v)
        )
        _set_current_year_max_contribution(
            _self, None if (v := src_dict.get("currentYearMaxContribution")) is None else Money.from_dict(v)
        )
        _set_description(_self, src_dict.get("description"))
        _set_fi_account_type_desc(_self, src_dict.get("fiAccountTypeDesc"))
        _set_fi_raw_account_type(_self, src_dict.get("fiRawAccountType"))
        _set_fi_account_type(_self, src_dict.get("fiAccountType"))
        _set_customer_id(_self, src_dict.get("customerId"))
        _set_history_allowed(_self, src_dict.get("historyAllowed"))
        _set_host_account_type(_self, src_dict.get("hostAccountType"))
        _set_interest_prior_year_to_date(
            _self, None if (v := src_dict.get("interestPriorYearToDate")) is None else Money.from_dict(v)
        )
        _set_interest_rate(_self, None if (v := src_dict.get("interestRate")) is None else to_decimal(v))
        _set_last_deposit_amount(
            _self, None if (v := src_dict.get("lastDepositAmount")) is None else Money.from_dict(v)
        )
        _set_last_dividend_amount(
            _self, None if (v := src_dict.get("lastDividendAmount")) is None else Money.from_dict(v)
        )
        _set_last_interest_payment_amount(
            _self, None if (v := src_dict.get("lastInterestPaymentAmount")) is None else Money.from_dict(v)
        )
        _set_last_interest_payment_date(
            _self, None if (v := src_dict.get("lastInterestPaymentDate")) is None else (known_date(v) or parse_date(v))
        )
        _set_last_statement_start_date(
            _self, None if (v := src_dict.get("lastStatementStartDate")) is None else (known_date(v) or parse_date(v))
        )
        _set_last_statement_end_date(
            _self, None if (v := src_dict.get("lastStatementEndDate")) is None else (known_date(v) or parse_date(v))
        )
        _set_last_year_eligible_contribution(
            _self, None if (v := src_dict.get("lastYearEligibleContribution")) is None else Money.from_dict(v)
        )
        _set_last_year_max_contribution(
            _self, None if (v := src_dict.get("lastYearMaxContribution")) is None else Money.from_dict(v)
        )
        _set_micr_number(_self, src_dict.get("micrNumber"))
        _set_nick_name(_self, src_dict.get("nickName"))
        _set_non_qualified_rate(_self, None if (v := src_dict.get("nonQualifiedRate")) is None else to_decimal(v))
        _set_overdraft_account_number(_self, src_dict.get("overdraftAccountNumber"))
        _set_overdraft_available_amount(
            _self, None if (v := src_dict.get("overdraftAvailableAmount")) is None else Money.from_dict(v)
        )
        _set_overdraft_limit(_self, None if (v := src_dict.get("overdraftLimit")) is None else Money.from_dict(v))
        _set_ownership_type(
            _self, None if (v := src_dict.get("ownershipType")) is None else enum_member(UXAccountOwnershipType, v)
        )
        _set_pos_count(_self, src_dict.get("posCount"))
        _set_primary_holder_id(_self, src_dict.get("primaryHolderId"))
        _set_primary_holder_name(_self, src_dict.get("primaryHolderName"))
        _set_reg_d_limits(_self, None if (v := src_dict.get("regDLimits")) is None else RegDLimits.from_dict(v))
        _set_rewards_count(_self, src_dict.get("rewardsCount"))
        _set_tax_prior_year_to_date(
            _self, None if (v := src_dict.get("taxPriorYearToDate")) is None else Money.from_dict(v)
        )
        _set_tax_year_to_date(_self, None if (v := src_dict.get("taxYearToDate")) is None else Money.from_dict(v))
        _set_tier_1_balance_desc(_self, src_dict.get("tier1BalanceDesc"))
        _set_tier_1_qualified_rate(_self, None if (v := src_dict.get("tier1QualifiedRate")) is None else to_decimal(v))
        _set_tier_2_balance_desc(_self, src_dict.get("tier2BalanceDesc"))
        _set_tier_2_qualified_rate(_self, None if (v := src_dict.get("tier2QualifiedRate")) is None else to_decimal(v))
        _set_total_funds_available(
            _self, None if (v := src_dict.get("totalFundsAvailable")) is None else Money.from_dict(v)
        )
        _set_tpv_reference(_self, src_dict.get("tpvReference"))
        extra = (
            {}
            if len(src_dict) == 6 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _set_additional_properties(_self, extra)
        return _self


_set_account_number = UXAccount.__dict__["account_number"].__set__
_set_account_type = UXAccount.__dict__["account_type"].__set__
_set_balance = UXAccount.__dict__["balance"].__set__
_set_category = UXAccount.__dict__["category"].__set__
_set_id = UXAccount.__dict__["id"].__set__
_set_account_transaction = UXAccount.__dict__["account_transaction"].__set__
_set_account_hidden = UXAccount.__dict__["account_hidden"].__set__
_set_account_status = UXAccount.__dict__["account_status"].__set__
_set_ach_count = UXAccount.__dict__["ach_count"].__set__
_set_bill_pay_account_number = UXAccount.__dict__["bill_pay_account_number"].__set__
_set_bill_pay_id = UXAccount.__dict__["bill_pay_id"].__set__
_set_current_year_eligible_contribution = UXAccount.__dict__["current_year_eligible_contribution"].__set__
_set_current_year_max_contribution = UXAccount.__dict__["current_year_max_contribution"].__set__
_set_description = UXAccount.__dict__["description"].__set__
_set_fi_account_type_desc = UXAccount.__dict__["fi_account_type_desc"].__set__
_set_fi_raw_account_type = UXAccount.__dict__["fi_raw_account_type"].__set__
_set_fi_account_type = UXAccount.__dict__["fi_account_type"].__set__
_set_customer_id = UXAccount.__dict__["customer_id"].__set__
_set_history_allowed = UXAccount.__dict__["history_allowed"].__set__
_set_host_account_type = UXAccount.__dict__["host_account_type"].__set__
_set_interest_prior_year_to_date = UXAccount.__dict__["interest_prior_year_to_date"].__set__
_set_interest_rate = UXAccount.__dict__["interest_rate"].__set__
_set_last_deposit_amount = UXAccount.__dict__["last_deposit_amount"].__set__
_set_last_dividend_amount = UXAccount.__dict__["last_dividend_amount"].__set__
_set_last_interest_payment_amount = UXAccount.__dict__["last_interest_payment_amount"].__set__
_set_last_interest_payment_date = UXAccount.__dict__["last_interest_payment_date"].__set__
_set_last_statement_start_date = UXAccount.__dict__["last_statement_start_date"].__set__
_set_last_statement_end_date = UXAccount.__dict__["last_statement_end_date"].__set__
_set_last_year_eligible_contribution = UXAccount.__dict__["last_year_eligible_contribution"].__set__
_set_last_year_max_contribution = UXAccount.__dict__["last_year_max_contribution"].__set__
_set_micr_number = UXAccount.__dict__["micr_number"].__set__
_set_nick_name = UXAccount.__dict__["nick_name"].__set__
_set_non_qualified_rate = UXAccount.__dict__["non_qualified_rate"].__set__
_set_overdraft_account_number = UXAccount.__dict__["overdraft_account_number"].__set__
_set_overdraft_available_amount = UXAccount.__dict__["overdraft_available_amount"].__set__
_set_overdraft_limit = UXAccount.__dict__["overdraft_limit"].__set__
_set_ownership_type = UXAccount.__dict__["ownership_type"].__set__
_set_pos_count = UXAccount.__dict__["pos_count"].__set__
_set_primary_holder_id = UXAccount.__dict__["primary_holder_id"].__set__
_set_primary_holder_name = UXAccount.__dict__["primary_holder_name"].__set__
_set_reg_d_limits = UXAccount.__dict__["reg_d_limits"].__set__
_set_rewards_count = UXAccount.__dict__["rewards_count"].__set__
_set_tax_prior_year_to_date = UXAccount.__dict__["tax_prior_year_to_date"].__set__
_set_tax_year_to_date = UXAccount.__dict__["tax_year_to_date"].__set__
_set_tier_1_balance_desc = UXAccount.__dict__["tier_1_balance_desc"].__set__
_set_tier_1_qualified_rate = UXAccount.__dict__["tier_1_qualified_rate"].__set__
_set_tier_2_balance_desc = UXAccount.__dict__["tier_2_balance_desc"].__set__
_set_tier_2_qualified_rate = UXAccount.__dict__["tier_2_qualified_rate"].__set__
_set_total_funds_available = UXAccount.__dict__["total_funds_available"].__set__
_set_tpv_reference = UXAccount.__dict__["tpv_reference"].__set__
_set_additional_properties = UXAccount.__dict__["additional_properties"].__set__

from ..models.account_status_1 import AccountStatus1
from ..models.account_transaction import AccountTransaction
from ..models.account_type_1 import AccountType1
from ..models.balance import Balance
from ..models.money import Money
from ..models.reg_d_limits import RegDLimits
