from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.account_category_1 import AccountCategory1
from ..models.account_status_2 import AccountStatus2
from ..models.di_account_type_2 import DIAccountType2
from ..models.ownership_type import OwnershipType
from ..models.transfer_restriction import TransferRestriction
from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    enum_member,
    keys_only,
    refuse_float,
    to_decimal,
    xml_text,
)


@_attrs_define
class DepositAccount(_Model):
    """A legacy deposit account (category DEPOSIT).

    Attributes:
        account_hidden (bool): The user has hidden the account from their views.
        account_number (AccountNumber): The account's number in its several renderings (host, display, bill pay, ...).
        account_type (DIAccountType2): The platform's classification (CHECKING, SAVINGS, CREDIT_CARD_LOAN, ...).
        balance (Balance1): The account's balances.
        category (AccountCategory1): DEPOSIT, LOAN, INVESTMENT, TIERED_LOAN or CROSS_USER_ACCOUNT; tells which shape the
            account has.
        display_account_number (str): The account number to show (usually masked).
        display_flag (DisplayFlag): Where the account may be shown and used (summary, transfers, statements, history).
        enabled (bool): The account is enabled in digital banking.
        fi_account_type (FIAccountType): The host's numeric type codes and its name for the type.
        fi_id (IdType1): The institution's id, e.g. 01234.
        id (AccountId): The account's opaque id, with its kind.
        member_number (str): The member (customer) number the account belongs to.
        ownership_type (OwnershipType): PRIMARY (the user's own), JOINT (shared) or CROSS (another member's, accessible
            to the user).
        account_status (AccountStatus2): The account's main state (OPEN, CLOSED, ...; HAS_CREDIT_BAL: a credit balance;
            RET_PLAN: a retirement plan).
        account_statuses (AccountStatuses): The account's state, one flag each.
        description (str):
        fi_customer_id (FICustomerId1): The customer the account belongs to: an id with its kind.
        account_status_int (int): The host's numeric status code.
        ach_count (int): How many ACH transactions the host counts for the account.
        alternate_user_identifier (FICustomerId1): Another id of the owning customer, with its kind.
        rm_key (str): An opaque key from the host (the platform documents nothing further).
        associated_members (AssociatedMembers): Other member numbers tied to the account.
        as_of_date (str): When the balances were taken, as text: a date with a UTC offset, e.g. 2025-03-25-07:00.
        bb_entitlements (Entitlements): Business users: what each user may do with the account.
        bill_pay_account_number (str): The number bill payment services know the account by.
        bill_pay_id (AccountId): The account's id in bill payment services, with its kind (BPID).
        cc_account_id (str): A compound id, the number and type code joined by ^ (e.g. 19032^1).
        dc_bill_pay_account_number (str): The bill payment account number in the digital channel's form.
        dc_export_account_number (str): The export account number in the digital channel's form (e.g. 105890761K19032).
        default_account_id (AccountId): The account's id in its default scheme, with its kind.
        di_account_type (int): The platform's numeric account type code.
        display_card_number (str): The card number to show (masked).
        display_routing_number (str): The routing number to show.
        display_primary_member_number (str): The primary member number to show.
        export_account_number (str): The number Quicken and QuickBooks exports use (with getExportAcctNum=true).
        external_broker (str): Investment accounts: the outside broker that holds it.
        host_account_type (str): The host's own account type code, as text.
        interest_prior_year_to_date (Money): Interest of the previous calendar year.
        interest_rate (Decimal): The annual interest rate, in percent (3.5 means 3.5 %).
        interest_year_to_date (Money): Interest so far this calendar year.
        interface_id (str): The host interface the account comes from.
        is_hybrid (bool): Updated both in real time and in batches.
        last_deposit_amount (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        last_dividend_amount (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        last_interest_payment_amount (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        last_interest_payment_date (str): When interest was last paid, as text: a date with a UTC offset, e.g.
            2025-03-25-07:00.
        last_statement_cycle_date (str): First day of the latest statement period, as text: a date with a UTC offset,
            e.g. 2025-03-25-07:00.
        last_statement_thru_date (str): Last day of the latest statement period, as text: a date with a UTC offset, e.g.
            2025-03-25-07:00.
        micr_number (str): The account number as printed in magnetic ink on its checks (the MICR line).
        nick_name (str):
        non_qualified_rate (Decimal): Rewards accounts: the rate paid when the qualifying conditions are not met, in
            percent (3.5 means 3.5 %).
        overdraft_account_num (AccountNumber): The account covering overdrafts, in its several renderings.
        overdraft_account_number (str): The account covering overdrafts, as one number.
        overdraft_available_amount (Money): Overdraft coverage still available.
        overdraft_limit (Money): The most the account may be overdrawn.
        pos_count (int): How many point-of-sale transactions the host counts for the account.
        primary_holder_id (FICustomerId1): The primary holder's id, with its kind.
        primary_holder_alternate_id (FICustomerId1): Another id of the primary holder.
        primary_holder_name (str):
        reg_d_limits (RegDLimits1): Regulation D limits on withdrawals and transfers, with this period's counts.
        rewards_count (int): The host's count of rewards earned on the account.
        routing_number (str): The institution's ABA routing number (9 digits).
        tax_prior_year_to_date (Money): Tax recorded on the account for the previous calendar year.
        tax_year_to_date (Money): Tax recorded on the account so far this calendar year.
        tier_1_balance_desc (str): Rewards accounts: the tier-1 balance threshold, as text.
        tier_1_qualified_rate (Decimal): Rewards accounts: the rate on tier-1 balances when qualified, in percent (3.5
            means 3.5 %).
        tier_2_balance_desc (str): Rewards accounts: the tier-2 balance threshold, as text.
        tier_2_qualified_rate (Decimal): Rewards accounts: the rate on tier-2 balances when qualified, in percent (3.5
            means 3.5 %).
        total_funds_available (Money): Everything the customer can spend or take out now.
        tpv_product_code (str): A third-party vendor's product code for the account.
        tpv_reference (str): A third-party vendor's reference for the account.
        transfer_restriction (TransferRestriction): Transfers the account is kept out of: EXCLUDE_ALL, EXCLUDE_AS_FROM
            (never the source) or EXCLUDE_AS_TO (never the destination).
        roles (Roles): The parties tied to the account and their roles.
        accrued_interest (Money): Interest earned but not yet paid out.
        annual_percentage_yield (Decimal): The annual percentage yield (APY), in percent (3.5 means 3.5 %).
        ach_id (str): The account's ACH id.
        issue_date (str): When the account was opened, as text: a date with a UTC offset, e.g. 2025-03-25-07:00.
        atm_card (PlasticCard): The ATM card tied to the account.
        current_year_eligible_contribution (Money): Retirement accounts: what may still be contributed for the current
            year.
        last_year_eligible_contribution (Money): Retirement accounts: what may still be contributed for the previous
            year.
        current_year_max_contribution (Money): Retirement accounts: the most that may be contributed for the current
            year.
        last_year_max_contribution (Money): Retirement accounts: the most that could be contributed for the previous
            year.
        current_year_contribution (Money): Retirement accounts: contributions made this year.
        last_year_contribution (Money): Retirement accounts: contributions made for the previous year.
        current_year_distribution (Money): Retirement accounts: distributions taken this year.
        last_year_distribution (Money): Retirement accounts: distributions taken the previous year.
        required_minimum_distribution (Money): Retirement accounts: the minimum that must be withdrawn this year.
    """

    account_hidden: bool
    account_number: AccountNumber
    account_type: DIAccountType2
    balance: Balance1
    category: AccountCategory1
    display_account_number: str
    display_flag: DisplayFlag
    enabled: bool
    fi_account_type: FIAccountType
    fi_id: IdType1
    id: AccountId
    member_number: str
    ownership_type: OwnershipType
    account_status: AccountStatus2
    account_statuses: AccountStatuses
    description: str
    fi_customer_id: FICustomerId1
    account_status_int: int | None = None
    ach_count: int | None = None
    alternate_user_identifier: FICustomerId1 | None = None
    rm_key: str | None = None
    associated_members: AssociatedMembers | None = None
    as_of_date: str | None = None
    bb_entitlements: Entitlements | None = None
    bill_pay_account_number: str | None = None
    bill_pay_id: AccountId | None = None
    cc_account_id: str | None = None
    dc_bill_pay_account_number: str | None = None
    dc_export_account_number: str | None = None
    default_account_id: AccountId | None = None
    di_account_type: int | None = None
    display_card_number: str | None = None
    display_routing_number: str | None = None
    display_primary_member_number: str | None = None
    export_account_number: str | None = None
    external_broker: str | None = None
    host_account_type: str | None = None
    interest_prior_year_to_date: Money | None = None
    interest_rate: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    interest_year_to_date: Money | None = None
    interface_id: str | None = None
    is_hybrid: bool | None = None
    last_deposit_amount: Money | None = None
    last_dividend_amount: Money | None = None
    last_interest_payment_amount: Money | None = None
    last_interest_payment_date: str | None = None
    last_statement_cycle_date: str | None = None
    last_statement_thru_date: str | None = None
    micr_number: str | None = None
    nick_name: str | None = None
    non_qualified_rate: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    overdraft_account_num: AccountNumber | None = None
    overdraft_account_number: str | None = None
    overdraft_available_amount: Money | None = None
    overdraft_limit: Money | None = None
    pos_count: int | None = None
    primary_holder_id: FICustomerId1 | None = None
    primary_holder_alternate_id: FICustomerId1 | None = None
    primary_holder_name: str | None = None
    reg_d_limits: RegDLimits1 | None = None
    rewards_count: int | None = None
    routing_number: str | None = None
    tax_prior_year_to_date: Money | None = None
    tax_year_to_date: Money | None = None
    tier_1_balance_desc: str | None = None
    tier_1_qualified_rate: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    tier_2_balance_desc: str | None = None
    tier_2_qualified_rate: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    total_funds_available: Money | None = None
    tpv_product_code: str | None = None
    tpv_reference: str | None = None
    transfer_restriction: TransferRestriction | None = None
    roles: Roles | None = None
    accrued_interest: Money | None = None
    annual_percentage_yield: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    ach_id: str | None = None
    issue_date: str | None = None
    atm_card: PlasticCard | None = None
    current_year_eligible_contribution: Money | None = None
    last_year_eligible_contribution: Money | None = None
    current_year_max_contribution: Money | None = None
    last_year_max_contribution: Money | None = None
    current_year_contribution: Money | None = None
    last_year_contribution: Money | None = None
    current_year_distribution: Money | None = None
    last_year_distribution: Money | None = None
    required_minimum_distribution: Money | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["accountHidden"] = self.account_hidden
        field_dict["accountNumber"] = self.account_number.to_dict()
        field_dict["accountType"] = DIAccountType2(self.account_type).value
        field_dict["balance"] = self.balance.to_dict()
        field_dict["category"] = AccountCategory1(self.category).value
        field_dict["displayAccountNumber"] = self.display_account_number
        field_dict["displayFlag"] = self.display_flag.to_dict()
        field_dict["enabled"] = self.enabled
        field_dict["fiAccountType"] = self.fi_account_type.to_dict()
        field_dict["fiId"] = self.fi_id.to_dict()
        field_dict["id"] = self.id.to_dict()
        field_dict["memberNumber"] = self.member_number
        field_dict["ownershipType"] = OwnershipType(self.ownership_type).value
        field_dict["accountStatus"] = AccountStatus2(self.account_status).value
        field_dict["accountStatuses"] = self.account_statuses.to_dict()
        field_dict["description"] = self.description
        field_dict["fiCustomerId"] = self.fi_customer_id.to_dict()
        if self.account_status_int is not None:
            field_dict["accountStatusInt"] = self.account_status_int
        if self.ach_count is not None:
            field_dict["achCount"] = self.ach_count
        if self.alternate_user_identifier is not None:
            field_dict["alternateUserIdentifier"] = self.alternate_user_identifier.to_dict()
        if self.rm_key is not None:
            field_dict["rmKey"] = self.rm_key
        if self.associated_members is not None:
            field_dict["associatedMembers"] = self.associated_members.to_dict()
        if self.as_of_date is not None:
            field_dict["asOfDate"] = self.as_of_date
        if self.bb_entitlements is not None:
            field_dict["bbEntitlements"] = self.bb_entitlements.to_dict()
        if self.bill_pay_account_number is not None:
            field_dict["billPayAccountNumber"] = self.bill_pay_account_number
        if self.bill_pay_id is not None:
            field_dict["billPayId"] = self.bill_pay_id.to_dict()
        if self.cc_account_id is not None:
            field_dict["ccAccountId"] = self.cc_account_id
        if self.dc_bill_pay_account_number is not None:
            field_dict["dcBillPayAccountNumber"] = self.dc_bill_pay_account_number
        if self.dc_export_account_number is not None:
            field_dict["dcExportAccountNumber"] = self.dc_export_account_number
        if self.default_account_id is not None:
            field_dict["defaultAccountId"] = self.default_account_id.to_dict()
        if self.di_account_type is not None:
            field_dict["diAccountType"] = self.di_account_type
        if self.display_card_number is not None:
            field_dict["displayCardNumber"] = self.display_card_number
        if self.display_routing_number is not None:
            field_dict["displayRoutingNumber"] = self.display_routing_number
        if self.display_primary_member_number is not None:
            field_dict["displayPrimaryMemberNumber"] = self.display_primary_member_number
        if self.export_account_number is not None:
            field_dict["exportAccountNumber"] = self.export_account_number
        if self.external_broker is not None:
            field_dict["externalBroker"] = self.external_broker
        if self.host_account_type is not None:
            field_dict["hostAccountType"] = self.host_account_type
        if self.interest_prior_year_to_date is not None:
            field_dict["interestPriorYearToDate"] = self.interest_prior_year_to_date.to_dict()
        if self.interest_rate is not None:
            field_dict["interestRate"] = self.interest_rate
        if self.interest_year_to_date is not None:
            field_dict["interestYearToDate"] = self.interest_year_to_date.to_dict()
        if self.interface_id is not None:
            field_dict["interfaceId"] = self.interface_id
        if self.is_hybrid is not None:
            field_dict["isHybrid"] = self.is_hybrid
        if self.last_deposit_amount is not None:
            field_dict["lastDepositAmount"] = self.last_deposit_amount.to_dict()
        if self.last_dividend_amount is not None:
            field_dict["lastDividendAmount"] = self.last_dividend_amount.to_dict()
        if self.last_interest_payment_amount is not None:
            field_dict["lastInterestPaymentAmount"] = self.last_interest_payment_amount.to_dict()
        if self.last_interest_payment_date is not None:
            field_dict["lastInterestPaymentDate"] = self.last_interest_payment_date
        if self.last_statement_cycle_date is not None:
            field_dict["lastStatementCycleDate"] = self.last_statement_cycle_date
        if self.last_statement_thru_date is not None:
            field_dict["lastStatementThruDate"] = self.last_statement_thru_date
        if self.micr_number is not None:
            field_dict["micrNumber"] = self.micr_number
        if self.nick_name is not None:
            field_dict["nickName"] = self.nick_name
        if self.non_qualified_rate is not None:
            field_dict["nonQualifiedRate"] = self.non_qualified_rate
        if self.overdraft_account_num is not None:
            field_dict["overdraftAccountNum"] = self.overdraft_account_num.to_dict()
        if self.overdraft_account_number is not None:
            field_dict["overdraftAccountNumber"] = self.overdraft_account_number
        if self.overdraft_available_amount is not None:
            field_dict["overdraftAvailableAmount"] = self.overdraft_available_amount.to_dict()
        if self.overdraft_limit is not None:
            field_dict["overdraftLimit"] = self.overdraft_limit.to_dict()
        if self.pos_count is not None:
            field_dict["posCount"] = self.pos_count
        if self.primary_holder_id is not None:
            field_dict["primaryHolderId"] = self.primary_holder_id.to_dict()
        if self.primary_holder_alternate_id is not None:
            field_dict["primaryHolderAlternateId"] = self.primary_holder_alternate_id.to_dict()
        if self.primary_holder_name is not None:
            field_dict["primaryHolderName"] = self.primary_holder_name
        if self.reg_d_limits is not None:
            field_dict["regDLimits"] = self.reg_d_limits.to_dict()
        if self.rewards_count is not None:
            field_dict["rewardsCount"] = self.rewards_count
        if self.routing_number is not None:
            field_dict["routingNumber"] = self.routing_number
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
        if self.tpv_product_code is not None:
            field_dict["tpvProductCode"] = self.tpv_product_code
        if self.tpv_reference is not None:
            field_dict["tpvReference"] = self.tpv_reference
        if self.transfer_restriction is not None:
            field_dict["transferRestriction"] = TransferRestriction(self.transfer_restriction).value
        if self.roles is not None:
            field_dict["roles"] = self.roles.to_dict()
        if self.accrued_interest is not None:
            field_dict["accruedInterest"] = self.accrued_interest.to_dict()
        if self.annual_percentage_yield is not None:
            field_dict["annualPercentageYield"] = self.annual_percentage_yield
        if self.ach_id is not None:
            field_dict["achId"] = self.ach_id
        if self.issue_date is not None:
            field_dict["issueDate"] = self.issue_date
        if self.atm_card is not None:
            field_dict["atmCard"] = self.atm_card.to_dict()
        if self.current_year_eligible_contribution is not None:
            field_dict["currentYearEligibleContribution"] = self.current_year_eligible_contribution.to_dict()
        if self.last_year_eligible_contribution is not None:
            field_dict["lastYearEligibleContribution"] = self.last_year_eligible_contribution.to_dict()
        if self.current_year_max_contribution is not None:
            field_dict["currentYearMaxContribution"] = self.current_year_max_contribution.to_dict()
        if self.last_year_max_contribution is not None:
            field_dict["lastYearMaxContribution"] = self.last_year_max_contribution.to_dict()
        if self.current_year_contribution is not None:
            field_dict["currentYearContribution"] = self.current_year_contribution.to_dict()
        if self.last_year_contribution is not None:
            field_dict["lastYearContribution"] = self.last_year_contribution.to_dict()
        if self.current_year_distribution is not None:
            field_dict["currentYearDistribution"] = self.current_year_distribution.to_dict()
        if self.last_year_distribution is not None:
            field_dict["lastYearDistribution"] = self.last_year_distribution.to_dict()
        if self.required_minimum_distribution is not None:
            field_dict["requiredMinimumDistribution"] = self.required_minimum_distribution.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self, _set = object.__new__(cls), object.__setattr__
        _set(_self, "account_hidden", xml_text(d.pop("accountHidden")))
        _set(_self, "account_number", AccountNumber.from_dict(d.pop("accountNumber")))
        _set(_self, "account_type", enum_member(DIAccountType2, xml_text(d.pop("accountType"))))
        _set(_self, "balance", Balance1.from_dict(d.pop("balance")))
        _set(_self, "category", enum_member(AccountCategory1, xml_text(d.pop("category"))))
        _set(_self, "display_account_number", xml_text(d.pop("displayAccountNumber")))
        _set(_self, "display_flag", DisplayFlag.from_dict(d.pop("displayFlag")))
        _set(_self, "enabled", xml_text(d.pop("enabled")))
        _set(_self, "fi_account_type", FIAccountType.from_dict(d.pop("fiAccountType")))
        _set(_self, "fi_id", IdType1.from_dict(d.pop("fiId")))
        _set(_self, "id", AccountId.from_dict(d.pop("id")))
        _set(_self, "member_number", xml_text(d.pop("memberNumber")))
        _set(_self, "ownership_type", enum_member(OwnershipType, xml_text(d.pop("ownershipType"))))
        _set(_self, "account_status", enum_member(AccountStatus2, xml_text(d.pop("accountStatus"))))
        _set(_self, "account_statuses", AccountStatuses.from_dict(d.pop("accountStatuses")))
        _set(_self, "description", xml_text(d.pop("description")))
        _set(_self, "fi_customer_id", FICustomerId1.from_dict(d.pop("fiCustomerId")))
        _set(_self, "account_status_int", xml_text(d.pop("accountStatusInt", None)))
        _set(_self, "ach_count", xml_text(d.pop("achCount", None)))
        _set(
            _self,
            "alternate_user_identifier",
            None if (v := d.pop("alternateUserIdentifier", None)) is None else FICustomerId1.from_dict(v),
        )
        _set(_self, "rm_key", xml_text(d.pop("rmKey", None)))
        _set(
            _self,
            "associated_members",
            None if (v := d.pop("associatedMembers", None)) is None else AssociatedMembers.from_dict(v),
        )
        _set(_self, "as_of_date", xml_text(d.pop("asOfDate", None)))
        _set(
            _self,
            "bb_entitlements",
            None if (v := d.pop("bbEntitlements", None)) is None else Entitlements.from_dict(v),
        )
        _set(_self, "bill_pay_account_number", xml_text(d.pop("billPayAccountNumber", None)))
        _set(_self, "bill_pay_id", None if (v := d.pop("billPayId", None)) is None else AccountId.from_dict(v))
        _set(_self, "cc_account_id", xml_text(d.pop("ccAccountId", None)))
        _set(_self, "dc_bill_pay_account_number", xml_text(d.pop("dcBillPayAccountNumber", None)))
        _set(_self, "dc_export_account_number", xml_text(d.pop("dcExportAccountNumber", None)))
        _set(
            _self,
            "default_account_id",
            None if (v := d.pop("defaultAccountId", None)) is None else AccountId.from_dict(v),
        )
        _set(_self, "di_account_type", xml_text(d.pop("diAccountType", None)))
        _set(_self, "display_card_number", xml_text(d.pop("displayCardNumber", None)))
        _set(_self, "display_routing_number", xml_text(d.pop("displayRoutingNumber", None)))
        _set(_self, "display_primary_member_number", xml_text(d.pop("displayPrimaryMemberNumber", None)))
        _set(_self, "export_account_number", xml_text(d.pop("exportAccountNumber", None)))
        _set(_self, "external_broker", xml_text(d.pop("externalBroker", None)))
        _set(_self, "host_account_type", xml_text(d.pop("hostAccountType", None)))
        _set(
            _self,
            "interest_prior_year_to_date",
            None if (v := d.pop("interestPriorYearToDate", None)) is None else Money.from_dict(v),
        )
        _set(_self, "interest_rate", None if (v := xml_text(d.pop("interestRate", None))) is None else to_decimal(v))
        _set(
            _self,
            "interest_year_to_date",
            None if (v := d.pop("interestYearToDate", None)) is None else Money.from_dict(v),
        )
        _set(_self, "interface_id", xml_text(d.pop("interfaceId", None)))
        _set(_self, "is_hybrid", xml_text(d.pop("isHybrid", None)))
        _set(
            _self,
            "last_deposit_amount",
            None if (v := d.pop("lastDepositAmount", None)) is None else Money.from_dict(v),
        )
        _set(
            _self,
            "last_dividend_amount",
            None if (v := d.pop("lastDividendAmount", None)) is None else Money.from_dict(v),
        )
        _set(
            _self,
            "last_interest_payment_amount",
            None if (v := d.pop("lastInterestPaymentAmount", None)) is None else Money.from_dict(v),
        )
        _set(_self, "last_interest_payment_date", xml_text(d.pop("lastInterestPaymentDate", None)))
        _set(_self, "last_statement_cycle_date", xml_text(d.pop("lastStatementCycleDate", None)))
        _set(_self, "last_statement_thru_date", xml_text(d.pop("lastStatementThruDate", None)))
        _set(_self, "micr_number", xml_text(d.pop("micrNumber", None)))
        _set(_self, "nick_name", xml_text(d.pop("nickName", None)))
        _set(
            _self,
            "non_qualified_rate",
            None if (v := xml_text(d.pop("nonQualifiedRate", None))) is None else to_decimal(v),
        )
        _set(
            _self,
            "overdraft_account_num",
            None if (v := d.pop("overdraftAccountNum", None)) is None else AccountNumber.from_dict(v),
        )
        _set(_self, "overdraft_account_number", xml_text(d.pop("overdraftAccountNumber", None)))
        _set(
            _self,
            "overdraft_available_amount",
            None if (v := d.pop("overdraftAvailableAmount", None)) is None else Money.from_dict(v),
        )
        _set(_self, "overdraft_limit", None if (v := d.pop("overdraftLimit", None)) is None else Money.from_dict(v))
        _set(_self, "pos_count", xml_text(d.pop("posCount", None)))
        _set(
            _self,
            "primary_holder_id",
            None if (v := d.pop("primaryHolderId", None)) is None else FICustomerId1.from_dict(v),
        )
        _set(
            _self,
            "primary_holder_alternate_id",
            None if (v := d.pop("primaryHolderAlternateId", None)) is None else FICustomerId1.from_dict(v),
        )
        _set(_self, "primary_holder_name", xml_text(d.pop("primaryHolderName", None)))
        _set(_self, "reg_d_limits", None if (v := d.pop("regDLimits", None)) is None else RegDLimits1.from_dict(v))
        _set(_self, "rewards_count", xml_text(d.pop("rewardsCount", None)))
        _set(_self, "routing_number", xml_text(d.pop("routingNumber", None)))
        _set(
            _self,
            "tax_prior_year_to_date",
            None if (v := d.pop("taxPriorYearToDate", None)) is None else Money.from_dict(v),
        )
        _set(_self, "tax_year_to_date", None if (v := d.pop("taxYearToDate", None)) is None else Money.from_dict(v))
        _set(_self, "tier_1_balance_desc", xml_text(d.pop("tier1BalanceDesc", None)))
        _set(
            _self,
            "tier_1_qualified_rate",
            None if (v := xml_text(d.pop("tier1QualifiedRate", None))) is None else to_decimal(v),
        )
        _set(_self, "tier_2_balance_desc", xml_text(d.pop("tier2BalanceDesc", None)))
        _set(
            _self,
            "tier_2_qualified_rate",
            None if (v := xml_text(d.pop("tier2QualifiedRate", None))) is None else to_decimal(v),
        )
        _set(
            _self,
            "total_funds_available",
            None if (v := d.pop("totalFundsAvailable", None)) is None else Money.from_dict(v),
        )
        _set(_self, "tpv_product_code", xml_text(d.pop("tpvProductCode", None)))
        _set(_self, "tpv_reference", xml_text(d.pop("tpvReference", None)))
        _set(
            _self,
            "transfer_restriction",
            None
            if (v := xml_text(d.pop("transferRestriction", None))) is None
            else enum_member(TransferRestriction, v),
        )
        _set(_self, "roles", None if (v := d.pop("roles", None)) is None else Roles.from_dict(v))
        _set(_self, "accrued_interest", None if (v := d.pop("accruedInterest", None)) is None else Money.from_dict(v))
        _set(
            _self,
            "annual_percentage_yield",
            None if (v := xml_text(d.pop("annualPercentageYield", None))) is None else to_decimal(v),
        )
        _set(_self, "ach_id", xml_text(d.pop("achId", None)))
        _set(_self, "issue_date", xml_text(d.pop("issueDate", None)))
        _set(_self, "atm_card", None if (v := d.pop("atmCard", None)) is None else PlasticCard.from_dict(v))
        _set(
            _self,
            "current_year_eligible_contribution",
            None if (v := d.pop("currentYearEligibleContribution", None)) is None else Money.from_dict(v),
        )
        _set(
            _self,
            "last_year_eligible_contribution",
            None if (v := d.pop("lastYearEligibleContribution", None)) is None else Money.from_dict(v),
        )
        _set(
            _self,
            "current_year_max_contribution",
            None if (v := d.pop("currentYearMaxContribution", None)) is None else Money.from_dict(v),
        )
        _set(
            _self,
            "last_year_max_contribution",
            None if (v := d.pop("lastYearMaxContribution", None)) is None else Money.from_dict(v),
        )
        _set(
            _self,
            "current_year_contribution",
            None if (v := d.pop("currentYearContribution", None)) is None else Money.from_dict(v),
        )
        _set(
            _self,
            "last_year_contribution",
            None if (v := d.pop("lastYearContribution", None)) is None else Money.from_dict(v),
        )
        _set(
            _self,
            "current_year_distribution",
            None if (v := d.pop("currentYearDistribution", None)) is None else Money.from_dict(v),
        )
        _set(
            _self,
            "last_year_distribution",
            None if (v := d.pop("lastYearDistribution", None)) is None else Money.from_dict(v),
        )
        _set(
            _self,
            "required_minimum_distribution",
            None if (v := d.pop("requiredMinimumDistribution", None)) is None else Money.from_dict(v),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.account_id import AccountId
from ..models.account_number import AccountNumber
from ..models.account_statuses import AccountStatuses
from ..models.associated_members import AssociatedMembers
from ..models.balance_1 import Balance1
from ..models.display_flag import DisplayFlag
from ..models.entitlements import Entitlements
from ..models.fi_account_type import FIAccountType
from ..models.fi_customer_id_1 import FICustomerId1
from ..models.id_type_1 import IdType1
from ..models.money import Money
from ..models.plastic_card import PlasticCard
from ..models.reg_d_limits_1 import RegDLimits1
from ..models.roles import Roles
