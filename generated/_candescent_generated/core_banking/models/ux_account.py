from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_category import AccountCategory
from ..models.ux_account_ownership_type import UXAccountOwnershipType
from ..types import UNSET, Unset, keys_only, parse_date, refuse_float, to_decimal
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.account_status_1 import AccountStatus1
    from ..models.account_transaction import AccountTransaction
    from ..models.account_type_1 import AccountType1
    from ..models.balance import Balance
    from ..models.money import Money
    from ..models.reg_d_limits import RegDLimits


T = TypeVar("T", bound="UXAccount")


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
        account_hidden (bool | Unset): The user has hidden the account from their views.
        account_status (AccountStatus1 | Unset): The account's state, one flag each.
        ach_count (int | Unset): How many ACH transactions the host counts for the account.
        bill_pay_account_number (str | Unset): The number bill payment services know the account by.
        bill_pay_id (str | Unset): The account's id in bill payment services.
        current_year_eligible_contribution (Money | Unset): Retirement accounts: what may still be contributed for the
            current year.
        current_year_max_contribution (Money | Unset): Retirement accounts: the most that may be contributed for the
            current year.
        description (str | Unset):
        fi_account_type_desc (str | Unset): The host's name for the account type.
        fi_raw_account_type (int | Unset): The host's own numeric type code.
        fi_account_type (int | Unset): The institution's numeric type code (after its own mapping).
        customer_id (str | Unset): The retail customer the account belongs to.
        history_allowed (bool | Unset): Its transaction history can be retrieved.
        host_account_type (str | Unset): The host's own account type code, as text.
        interest_prior_year_to_date (Money | Unset): Interest of the previous calendar year.
        interest_rate (Decimal | Unset): The annual interest rate, in percent (3.5 means 3.5 %).
        last_deposit_amount (Money | Unset): An amount of money: exact (decimal.Decimal, never float) in a currency.
        last_dividend_amount (Money | Unset): An amount of money: exact (decimal.Decimal, never float) in a currency.
        last_interest_payment_amount (Money | Unset): An amount of money: exact (decimal.Decimal, never float) in a
            currency.
        last_interest_payment_date (datetime.date | Unset): When interest was last paid (YYYY-MM-DD).
        last_statement_start_date (datetime.date | Unset): First day of the latest statement period (YYYY-MM-DD).
        last_statement_end_date (datetime.date | Unset): Last day of the latest statement period (YYYY-MM-DD).
        last_year_eligible_contribution (Money | Unset): Retirement accounts: what may still be contributed for the
            previous year.
        last_year_max_contribution (Money | Unset): Retirement accounts: the most that could be contributed for the
            previous year.
        micr_number (str | Unset): The account number as printed in magnetic ink on its checks (the MICR line).
        nick_name (str | Unset):
        non_qualified_rate (Decimal | Unset): Rewards accounts: the rate paid when the qualifying conditions are not
            met, in percent (3.5 means 3.5 %).
        overdraft_account_number (str | Unset): The account that covers this one's overdrafts.
        overdraft_available_amount (Money | Unset): Overdraft coverage still available.
        overdraft_limit (Money | Unset): The most the account may be overdrawn.
        ownership_type (UXAccountOwnershipType | Unset): PRIMARY (the user's own), JOINT (shared with other holders) or
            CROSS (another member's account the user may access).
        pos_count (int | Unset): How many point-of-sale transactions the host counts for the account.
        primary_holder_id (str | Unset): The primary holder's id at the host.
        primary_holder_name (str | Unset):
        reg_d_limits (RegDLimits | Unset): Regulation D limits on withdrawals and transfers, with this period's counts.
        rewards_count (int | Unset): The host's count of rewards earned on the account.
        tax_prior_year_to_date (Money | Unset): Tax recorded on the account for the previous calendar year.
        tax_year_to_date (Money | Unset): Tax recorded on the account so far this calendar year.
        tier_1_balance_desc (str | Unset): Rewards accounts: the tier-1 balance threshold, as text (e.g. 100000.00).
        tier_1_qualified_rate (Decimal | Unset): Rewards accounts: the rate on tier-1 balances when qualified, in
            percent (3.5 means 3.5 %).
        tier_2_balance_desc (str | Unset): Rewards accounts: the tier-2 balance threshold, as text.
        tier_2_qualified_rate (Decimal | Unset): Rewards accounts: the rate on tier-2 balances when qualified, in
            percent (3.5 means 3.5 %).
        total_funds_available (Money | Unset): Everything the customer can spend or take out now.
        tpv_reference (str | Unset): A third-party vendor's reference for the account.
    """

    account_number: str
    account_type: AccountType1
    balance: Balance
    category: AccountCategory
    id: str
    account_transaction: list[AccountTransaction]
    account_hidden: bool | Unset = UNSET
    account_status: AccountStatus1 | Unset = UNSET
    ach_count: int | Unset = UNSET
    bill_pay_account_number: str | Unset = UNSET
    bill_pay_id: str | Unset = UNSET
    current_year_eligible_contribution: Money | Unset = UNSET
    current_year_max_contribution: Money | Unset = UNSET
    description: str | Unset = UNSET
    fi_account_type_desc: str | Unset = UNSET
    fi_raw_account_type: int | Unset = UNSET
    fi_account_type: int | Unset = UNSET
    customer_id: str | Unset = UNSET
    history_allowed: bool | Unset = UNSET
    host_account_type: str | Unset = UNSET
    interest_prior_year_to_date: Money | Unset = UNSET
    interest_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    last_deposit_amount: Money | Unset = UNSET
    last_dividend_amount: Money | Unset = UNSET
    last_interest_payment_amount: Money | Unset = UNSET
    last_interest_payment_date: datetime.date | Unset = UNSET
    last_statement_start_date: datetime.date | Unset = UNSET
    last_statement_end_date: datetime.date | Unset = UNSET
    last_year_eligible_contribution: Money | Unset = UNSET
    last_year_max_contribution: Money | Unset = UNSET
    micr_number: str | Unset = UNSET
    nick_name: str | Unset = UNSET
    non_qualified_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    overdraft_account_number: str | Unset = UNSET
    overdraft_available_amount: Money | Unset = UNSET
    overdraft_limit: Money | Unset = UNSET
    ownership_type: UXAccountOwnershipType | Unset = UNSET
    pos_count: int | Unset = UNSET
    primary_holder_id: str | Unset = UNSET
    primary_holder_name: str | Unset = UNSET
    reg_d_limits: RegDLimits | Unset = UNSET
    rewards_count: int | Unset = UNSET
    tax_prior_year_to_date: Money | Unset = UNSET
    tax_year_to_date: Money | Unset = UNSET
    tier_1_balance_desc: str | Unset = UNSET
    tier_1_qualified_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    tier_2_balance_desc: str | Unset = UNSET
    tier_2_qualified_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    total_funds_available: Money | Unset = UNSET
    tpv_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        account_number = self.account_number
        account_type = self.account_type.to_dict()
        balance = self.balance.to_dict()
        category = AccountCategory(self.category).value
        id = self.id
        account_transaction = []
        for account_transaction_item_data in self.account_transaction:
            account_transaction_item = account_transaction_item_data.to_dict()
            account_transaction.append(account_transaction_item)

        account_hidden = self.account_hidden
        account_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_status, Unset):
            account_status = self.account_status.to_dict()
        ach_count = self.ach_count
        bill_pay_account_number = self.bill_pay_account_number
        bill_pay_id = self.bill_pay_id
        current_year_eligible_contribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_year_eligible_contribution, Unset):
            current_year_eligible_contribution = self.current_year_eligible_contribution.to_dict()
        current_year_max_contribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_year_max_contribution, Unset):
            current_year_max_contribution = self.current_year_max_contribution.to_dict()
        description = self.description
        fi_account_type_desc = self.fi_account_type_desc
        fi_raw_account_type = self.fi_raw_account_type
        fi_account_type = self.fi_account_type
        customer_id = self.customer_id
        history_allowed = self.history_allowed
        host_account_type = self.host_account_type
        interest_prior_year_to_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_prior_year_to_date, Unset):
            interest_prior_year_to_date = self.interest_prior_year_to_date.to_dict()
        interest_rate = self.interest_rate
        last_deposit_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_deposit_amount, Unset):
            last_deposit_amount = self.last_deposit_amount.to_dict()
        last_dividend_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_dividend_amount, Unset):
            last_dividend_amount = self.last_dividend_amount.to_dict()
        last_interest_payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_interest_payment_amount, Unset):
            last_interest_payment_amount = self.last_interest_payment_amount.to_dict()
        last_interest_payment_date: str | Unset = UNSET
        if not isinstance(self.last_interest_payment_date, Unset):
            last_interest_payment_date = self.last_interest_payment_date.isoformat()
        last_statement_start_date: str | Unset = UNSET
        if not isinstance(self.last_statement_start_date, Unset):
            last_statement_start_date = self.last_statement_start_date.isoformat()
        last_statement_end_date: str | Unset = UNSET
        if not isinstance(self.last_statement_end_date, Unset):
            last_statement_end_date = self.last_statement_end_date.isoformat()
        last_year_eligible_contribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_year_eligible_contribution, Unset):
            last_year_eligible_contribution = self.last_year_eligible_contribution.to_dict()
        last_year_max_contribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_year_max_contribution, Unset):
            last_year_max_contribution = self.last_year_max_contribution.to_dict()
        micr_number = self.micr_number
        nick_name = self.nick_name
        non_qualified_rate = self.non_qualified_rate
        overdraft_account_number = self.overdraft_account_number
        overdraft_available_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdraft_available_amount, Unset):
            overdraft_available_amount = self.overdraft_available_amount.to_dict()
        overdraft_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdraft_limit, Unset):
            overdraft_limit = self.overdraft_limit.to_dict()
        ownership_type: str | Unset = UNSET
        if not isinstance(self.ownership_type, Unset):
            ownership_type = UXAccountOwnershipType(self.ownership_type).value

        pos_count = self.pos_count
        primary_holder_id = self.primary_holder_id
        primary_holder_name = self.primary_holder_name
        reg_d_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reg_d_limits, Unset):
            reg_d_limits = self.reg_d_limits.to_dict()
        rewards_count = self.rewards_count
        tax_prior_year_to_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_prior_year_to_date, Unset):
            tax_prior_year_to_date = self.tax_prior_year_to_date.to_dict()
        tax_year_to_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_year_to_date, Unset):
            tax_year_to_date = self.tax_year_to_date.to_dict()
        tier_1_balance_desc = self.tier_1_balance_desc
        tier_1_qualified_rate = self.tier_1_qualified_rate
        tier_2_balance_desc = self.tier_2_balance_desc
        tier_2_qualified_rate = self.tier_2_qualified_rate
        total_funds_available: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_funds_available, Unset):
            total_funds_available = self.total_funds_available.to_dict()
        tpv_reference = self.tpv_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountNumber": account_number,
                "accountType": account_type,
                "balance": balance,
                "category": category,
                "id": id,
                "accountTransaction": account_transaction,
            }
        )
        if account_hidden is not UNSET:
            field_dict["accountHidden"] = account_hidden
        if account_status is not UNSET:
            field_dict["accountStatus"] = account_status
        if ach_count is not UNSET:
            field_dict["achCount"] = ach_count
        if bill_pay_account_number is not UNSET:
            field_dict["billPayAccountNumber"] = bill_pay_account_number
        if bill_pay_id is not UNSET:
            field_dict["billPayId"] = bill_pay_id
        if current_year_eligible_contribution is not UNSET:
            field_dict["currentYearEligibleContribution"] = current_year_eligible_contribution
        if current_year_max_contribution is not UNSET:
            field_dict["currentYearMaxContribution"] = current_year_max_contribution
        if description is not UNSET:
            field_dict["description"] = description
        if fi_account_type_desc is not UNSET:
            field_dict["fiAccountTypeDesc"] = fi_account_type_desc
        if fi_raw_account_type is not UNSET:
            field_dict["fiRawAccountType"] = fi_raw_account_type
        if fi_account_type is not UNSET:
            field_dict["fiAccountType"] = fi_account_type
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if history_allowed is not UNSET:
            field_dict["historyAllowed"] = history_allowed
        if host_account_type is not UNSET:
            field_dict["hostAccountType"] = host_account_type
        if interest_prior_year_to_date is not UNSET:
            field_dict["interestPriorYearToDate"] = interest_prior_year_to_date
        if interest_rate is not UNSET:
            field_dict["interestRate"] = interest_rate
        if last_deposit_amount is not UNSET:
            field_dict["lastDepositAmount"] = last_deposit_amount
        if last_dividend_amount is not UNSET:
            field_dict["lastDividendAmount"] = last_dividend_amount
        if last_interest_payment_amount is not UNSET:
            field_dict["lastInterestPaymentAmount"] = last_interest_payment_amount
        if last_interest_payment_date is not UNSET:
            field_dict["lastInterestPaymentDate"] = last_interest_payment_date
        if last_statement_start_date is not UNSET:
            field_dict["lastStatementStartDate"] = last_statement_start_date
        if last_statement_end_date is not UNSET:
            field_dict["lastStatementEndDate"] = last_statement_end_date
        if last_year_eligible_contribution is not UNSET:
            field_dict["lastYearEligibleContribution"] = last_year_eligible_contribution
        if last_year_max_contribution is not UNSET:
            field_dict["lastYearMaxContribution"] = last_year_max_contribution
        if micr_number is not UNSET:
            field_dict["micrNumber"] = micr_number
        if nick_name is not UNSET:
            field_dict["nickName"] = nick_name
        if non_qualified_rate is not UNSET:
            field_dict["nonQualifiedRate"] = non_qualified_rate
        if overdraft_account_number is not UNSET:
            field_dict["overdraftAccountNumber"] = overdraft_account_number
        if overdraft_available_amount is not UNSET:
            field_dict["overdraftAvailableAmount"] = overdraft_available_amount
        if overdraft_limit is not UNSET:
            field_dict["overdraftLimit"] = overdraft_limit
        if ownership_type is not UNSET:
            field_dict["ownershipType"] = ownership_type
        if pos_count is not UNSET:
            field_dict["posCount"] = pos_count
        if primary_holder_id is not UNSET:
            field_dict["primaryHolderId"] = primary_holder_id
        if primary_holder_name is not UNSET:
            field_dict["primaryHolderName"] = primary_holder_name
        if reg_d_limits is not UNSET:
            field_dict["regDLimits"] = reg_d_limits
        if rewards_count is not UNSET:
            field_dict["rewardsCount"] = rewards_count
        if tax_prior_year_to_date is not UNSET:
            field_dict["taxPriorYearToDate"] = tax_prior_year_to_date
        if tax_year_to_date is not UNSET:
            field_dict["taxYearToDate"] = tax_year_to_date
        if tier_1_balance_desc is not UNSET:
            field_dict["tier1BalanceDesc"] = tier_1_balance_desc
        if tier_1_qualified_rate is not UNSET:
            field_dict["tier1QualifiedRate"] = tier_1_qualified_rate
        if tier_2_balance_desc is not UNSET:
            field_dict["tier2BalanceDesc"] = tier_2_balance_desc
        if tier_2_qualified_rate is not UNSET:
            field_dict["tier2QualifiedRate"] = tier_2_qualified_rate
        if total_funds_available is not UNSET:
            field_dict["totalFundsAvailable"] = total_funds_available
        if tpv_reference is not UNSET:
            field_dict["tpvReference"] = tpv_reference

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_status_1 import AccountStatus1
        from ..models.account_transaction import AccountTransaction
        from ..models.account_type_1 import AccountType1
        from ..models.balance import Balance
        from ..models.money import Money
        from ..models.reg_d_limits import RegDLimits

        d = dict(src_dict)
        account_number = d.pop("accountNumber")
        account_type = AccountType1.from_dict(d.pop("accountType"))

        balance = Balance.from_dict(d.pop("balance"))

        category = AccountCategory(d.pop("category"))

        id = d.pop("id")
        account_transaction = []
        _account_transaction = d.pop("accountTransaction")
        for account_transaction_item_data in _account_transaction:
            account_transaction_item = AccountTransaction.from_dict(account_transaction_item_data)

            account_transaction.append(account_transaction_item)

        account_hidden = d.pop("accountHidden", UNSET)
        _account_status = d.pop("accountStatus", UNSET)
        account_status: AccountStatus1 | Unset
        if isinstance(_account_status, Unset):
            account_status = UNSET
        else:
            account_status = AccountStatus1.from_dict(_account_status)

        ach_count = d.pop("achCount", UNSET)
        bill_pay_account_number = d.pop("billPayAccountNumber", UNSET)
        bill_pay_id = d.pop("billPayId", UNSET)
        _current_year_eligible_contribution = d.pop("currentYearEligibleContribution", UNSET)
        current_year_eligible_contribution: Money | Unset
        if isinstance(_current_year_eligible_contribution, Unset):
            current_year_eligible_contribution = UNSET
        else:
            current_year_eligible_contribution = Money.from_dict(_current_year_eligible_contribution)

        _current_year_max_contribution = d.pop("currentYearMaxContribution", UNSET)
        current_year_max_contribution: Money | Unset
        if isinstance(_current_year_max_contribution, Unset):
            current_year_max_contribution = UNSET
        else:
            current_year_max_contribution = Money.from_dict(_current_year_max_contribution)

        description = d.pop("description", UNSET)
        fi_account_type_desc = d.pop("fiAccountTypeDesc", UNSET)
        fi_raw_account_type = d.pop("fiRawAccountType", UNSET)
        fi_account_type = d.pop("fiAccountType", UNSET)
        customer_id = d.pop("customerId", UNSET)
        history_allowed = d.pop("historyAllowed", UNSET)
        host_account_type = d.pop("hostAccountType", UNSET)
        _interest_prior_year_to_date = d.pop("interestPriorYearToDate", UNSET)
        interest_prior_year_to_date: Money | Unset
        if isinstance(_interest_prior_year_to_date, Unset):
            interest_prior_year_to_date = UNSET
        else:
            interest_prior_year_to_date = Money.from_dict(_interest_prior_year_to_date)

        _interest_rate = d.pop("interestRate", UNSET)
        interest_rate: Decimal | Unset
        if isinstance(_interest_rate, Unset):
            interest_rate = UNSET
        else:
            interest_rate = to_decimal(_interest_rate)

        _last_deposit_amount = d.pop("lastDepositAmount", UNSET)
        last_deposit_amount: Money | Unset
        if isinstance(_last_deposit_amount, Unset):
            last_deposit_amount = UNSET
        else:
            last_deposit_amount = Money.from_dict(_last_deposit_amount)

        _last_dividend_amount = d.pop("lastDividendAmount", UNSET)
        last_dividend_amount: Money | Unset
        if isinstance(_last_dividend_amount, Unset):
            last_dividend_amount = UNSET
        else:
            last_dividend_amount = Money.from_dict(_last_dividend_amount)

        _last_interest_payment_amount = d.pop("lastInterestPaymentAmount", UNSET)
        last_interest_payment_amount: Money | Unset
        if isinstance(_last_interest_payment_amount, Unset):
            last_interest_payment_amount = UNSET
        else:
            last_interest_payment_amount = Money.from_dict(_last_interest_payment_amount)

        _last_interest_payment_date = d.pop("lastInterestPaymentDate", UNSET)
        last_interest_payment_date: datetime.date | Unset
        if isinstance(_last_interest_payment_date, Unset):
            last_interest_payment_date = UNSET
        else:
            last_interest_payment_date = parse_date(_last_interest_payment_date)

        _last_statement_start_date = d.pop("lastStatementStartDate", UNSET)
        last_statement_start_date: datetime.date | Unset
        if isinstance(_last_statement_start_date, Unset):
            last_statement_start_date = UNSET
        else:
            last_statement_start_date = parse_date(_last_statement_start_date)

        _last_statement_end_date = d.pop("lastStatementEndDate", UNSET)
        last_statement_end_date: datetime.date | Unset
        if isinstance(_last_statement_end_date, Unset):
            last_statement_end_date = UNSET
        else:
            last_statement_end_date = parse_date(_last_statement_end_date)

        _last_year_eligible_contribution = d.pop("lastYearEligibleContribution", UNSET)
        last_year_eligible_contribution: Money | Unset
        if isinstance(_last_year_eligible_contribution, Unset):
            last_year_eligible_contribution = UNSET
        else:
            last_year_eligible_contribution = Money.from_dict(_last_year_eligible_contribution)

        _last_year_max_contribution = d.pop("lastYearMaxContribution", UNSET)
        last_year_max_contribution: Money | Unset
        if isinstance(_last_year_max_contribution, Unset):
            last_year_max_contribution = UNSET
        else:
            last_year_max_contribution = Money.from_dict(_last_year_max_contribution)

        micr_number = d.pop("micrNumber", UNSET)
        nick_name = d.pop("nickName", UNSET)
        _non_qualified_rate = d.pop("nonQualifiedRate", UNSET)
        non_qualified_rate: Decimal | Unset
        if isinstance(_non_qualified_rate, Unset):
            non_qualified_rate = UNSET
        else:
            non_qualified_rate = to_decimal(_non_qualified_rate)

        overdraft_account_number = d.pop("overdraftAccountNumber", UNSET)
        _overdraft_available_amount = d.pop("overdraftAvailableAmount", UNSET)
        overdraft_available_amount: Money | Unset
        if isinstance(_overdraft_available_amount, Unset):
            overdraft_available_amount = UNSET
        else:
            overdraft_available_amount = Money.from_dict(_overdraft_available_amount)

        _overdraft_limit = d.pop("overdraftLimit", UNSET)
        overdraft_limit: Money | Unset
        if isinstance(_overdraft_limit, Unset):
            overdraft_limit = UNSET
        else:
            overdraft_limit = Money.from_dict(_overdraft_limit)

        _ownership_type = d.pop("ownershipType", UNSET)
        ownership_type: UXAccountOwnershipType | Unset
        if isinstance(_ownership_type, Unset):
            ownership_type = UNSET
        else:
            ownership_type = UXAccountOwnershipType(_ownership_type)

        pos_count = d.pop("posCount", UNSET)
        primary_holder_id = d.pop("primaryHolderId", UNSET)
        primary_holder_name = d.pop("primaryHolderName", UNSET)
        _reg_d_limits = d.pop("regDLimits", UNSET)
        reg_d_limits: RegDLimits | Unset
        if isinstance(_reg_d_limits, Unset):
            reg_d_limits = UNSET
        else:
            reg_d_limits = RegDLimits.from_dict(_reg_d_limits)

        rewards_count = d.pop("rewardsCount", UNSET)
        _tax_prior_year_to_date = d.pop("taxPriorYearToDate", UNSET)
        tax_prior_year_to_date: Money | Unset
        if isinstance(_tax_prior_year_to_date, Unset):
            tax_prior_year_to_date = UNSET
        else:
            tax_prior_year_to_date = Money.from_dict(_tax_prior_year_to_date)

        _tax_year_to_date = d.pop("taxYearToDate", UNSET)
        tax_year_to_date: Money | Unset
        if isinstance(_tax_year_to_date, Unset):
            tax_year_to_date = UNSET
        else:
            tax_year_to_date = Money.from_dict(_tax_year_to_date)

        tier_1_balance_desc = d.pop("tier1BalanceDesc", UNSET)
        _tier_1_qualified_rate = d.pop("tier1QualifiedRate", UNSET)
        tier_1_qualified_rate: Decimal | Unset
        if isinstance(_tier_1_qualified_rate, Unset):
            tier_1_qualified_rate = UNSET
        else:
            tier_1_qualified_rate = to_decimal(_tier_1_qualified_rate)

        tier_2_balance_desc = d.pop("tier2BalanceDesc", UNSET)
        _tier_2_qualified_rate = d.pop("tier2QualifiedRate", UNSET)
        tier_2_qualified_rate: Decimal | Unset
        if isinstance(_tier_2_qualified_rate, Unset):
            tier_2_qualified_rate = UNSET
        else:
            tier_2_qualified_rate = to_decimal(_tier_2_qualified_rate)

        _total_funds_available = d.pop("totalFundsAvailable", UNSET)
        total_funds_available: Money | Unset
        if isinstance(_total_funds_available, Unset):
            total_funds_available = UNSET
        else:
            total_funds_available = Money.from_dict(_total_funds_available)

        tpv_reference = d.pop("tpvReference", UNSET)
        ux_account = cls(
            account_number=account_number,
            account_type=account_type,
            balance=balance,
            category=category,
            id=id,
            account_transaction=account_transaction,
            account_hidden=account_hidden,
            account_status=account_status,
            ach_count=ach_count,
            bill_pay_account_number=bill_pay_account_number,
            bill_pay_id=bill_pay_id,
            current_year_eligible_contribution=current_year_eligible_contribution,
            current_year_max_contribution=current_year_max_contribution,
            description=description,
            fi_account_type_desc=fi_account_type_desc,
            fi_raw_account_type=fi_raw_account_type,
            fi_account_type=fi_account_type,
            customer_id=customer_id,
            history_allowed=history_allowed,
            host_account_type=host_account_type,
            interest_prior_year_to_date=interest_prior_year_to_date,
            interest_rate=interest_rate,
            last_deposit_amount=last_deposit_amount,
            last_dividend_amount=last_dividend_amount,
            last_interest_payment_amount=last_interest_payment_amount,
            last_interest_payment_date=last_interest_payment_date,
            last_statement_start_date=last_statement_start_date,
            last_statement_end_date=last_statement_end_date,
            last_year_eligible_contribution=last_year_eligible_contribution,
            last_year_max_contribution=last_year_max_contribution,
            micr_number=micr_number,
            nick_name=nick_name,
            non_qualified_rate=non_qualified_rate,
            overdraft_account_number=overdraft_account_number,
            overdraft_available_amount=overdraft_available_amount,
            overdraft_limit=overdraft_limit,
            ownership_type=ownership_type,
            pos_count=pos_count,
            primary_holder_id=primary_holder_id,
            primary_holder_name=primary_holder_name,
            reg_d_limits=reg_d_limits,
            rewards_count=rewards_count,
            tax_prior_year_to_date=tax_prior_year_to_date,
            tax_year_to_date=tax_year_to_date,
            tier_1_balance_desc=tier_1_balance_desc,
            tier_1_qualified_rate=tier_1_qualified_rate,
            tier_2_balance_desc=tier_2_balance_desc,
            tier_2_qualified_rate=tier_2_qualified_rate,
            total_funds_available=total_funds_available,
            tpv_reference=tpv_reference,
        )

        ux_account.additional_properties = d
        return ux_account
