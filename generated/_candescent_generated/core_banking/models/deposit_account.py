from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_category_1 import AccountCategory1
from ..models.account_status_2 import AccountStatus2
from ..models.di_account_type_2 import DIAccountType2
from ..models.ownership_type import OwnershipType
from ..models.transfer_restriction import TransferRestriction
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, refuse_float, to_decimal, xml_text

if TYPE_CHECKING:
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


T = TypeVar("T", bound="DepositAccount")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        account_hidden = self.account_hidden
        account_number = self.account_number.to_dict()
        account_type = DIAccountType2(self.account_type).value
        balance = self.balance.to_dict()
        category = AccountCategory1(self.category).value
        display_account_number = self.display_account_number
        display_flag = self.display_flag.to_dict()
        enabled = self.enabled
        fi_account_type = self.fi_account_type.to_dict()
        fi_id = self.fi_id.to_dict()
        id = self.id.to_dict()
        member_number = self.member_number
        ownership_type = OwnershipType(self.ownership_type).value
        account_status = AccountStatus2(self.account_status).value
        account_statuses = self.account_statuses.to_dict()
        description = self.description
        fi_customer_id = self.fi_customer_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountHidden": account_hidden,
                "accountNumber": account_number,
                "accountType": account_type,
                "balance": balance,
                "category": category,
                "displayAccountNumber": display_account_number,
                "displayFlag": display_flag,
                "enabled": enabled,
                "fiAccountType": fi_account_type,
                "fiId": fi_id,
                "id": id,
                "memberNumber": member_number,
                "ownershipType": ownership_type,
                "accountStatus": account_status,
                "accountStatuses": account_statuses,
                "description": description,
                "fiCustomerId": fi_customer_id,
            }
        )
        if self.account_status_int is not None:
            account_status_int = self.account_status_int
            field_dict["accountStatusInt"] = account_status_int
        if self.ach_count is not None:
            ach_count = self.ach_count
            field_dict["achCount"] = ach_count
        if self.alternate_user_identifier is not None:
            alternate_user_identifier = self.alternate_user_identifier.to_dict()
            field_dict["alternateUserIdentifier"] = alternate_user_identifier
        if self.rm_key is not None:
            rm_key = self.rm_key
            field_dict["rmKey"] = rm_key
        if self.associated_members is not None:
            associated_members = self.associated_members.to_dict()
            field_dict["associatedMembers"] = associated_members
        if self.as_of_date is not None:
            as_of_date = self.as_of_date
            field_dict["asOfDate"] = as_of_date
        if self.bb_entitlements is not None:
            bb_entitlements = self.bb_entitlements.to_dict()
            field_dict["bbEntitlements"] = bb_entitlements
        if self.bill_pay_account_number is not None:
            bill_pay_account_number = self.bill_pay_account_number
            field_dict["billPayAccountNumber"] = bill_pay_account_number
        if self.bill_pay_id is not None:
            bill_pay_id = self.bill_pay_id.to_dict()
            field_dict["billPayId"] = bill_pay_id
        if self.cc_account_id is not None:
            cc_account_id = self.cc_account_id
            field_dict["ccAccountId"] = cc_account_id
        if self.dc_bill_pay_account_number is not None:
            dc_bill_pay_account_number = self.dc_bill_pay_account_number
            field_dict["dcBillPayAccountNumber"] = dc_bill_pay_account_number
        if self.dc_export_account_number is not None:
            dc_export_account_number = self.dc_export_account_number
            field_dict["dcExportAccountNumber"] = dc_export_account_number
        if self.default_account_id is not None:
            default_account_id = self.default_account_id.to_dict()
            field_dict["defaultAccountId"] = default_account_id
        if self.di_account_type is not None:
            di_account_type = self.di_account_type
            field_dict["diAccountType"] = di_account_type
        if self.display_card_number is not None:
            display_card_number = self.display_card_number
            field_dict["displayCardNumber"] = display_card_number
        if self.display_routing_number is not None:
            display_routing_number = self.display_routing_number
            field_dict["displayRoutingNumber"] = display_routing_number
        if self.display_primary_member_number is not None:
            display_primary_member_number = self.display_primary_member_number
            field_dict["displayPrimaryMemberNumber"] = display_primary_member_number
        if self.export_account_number is not None:
            export_account_number = self.export_account_number
            field_dict["exportAccountNumber"] = export_account_number
        if self.external_broker is not None:
            external_broker = self.external_broker
            field_dict["externalBroker"] = external_broker
        if self.host_account_type is not None:
            host_account_type = self.host_account_type
            field_dict["hostAccountType"] = host_account_type
        if self.interest_prior_year_to_date is not None:
            interest_prior_year_to_date = self.interest_prior_year_to_date.to_dict()
            field_dict["interestPriorYearToDate"] = interest_prior_year_to_date
        if self.interest_rate is not None:
            interest_rate = self.interest_rate
            field_dict["interestRate"] = interest_rate
        if self.interest_year_to_date is not None:
            interest_year_to_date = self.interest_year_to_date.to_dict()
            field_dict["interestYearToDate"] = interest_year_to_date
        if self.interface_id is not None:
            interface_id = self.interface_id
            field_dict["interfaceId"] = interface_id
        if self.is_hybrid is not None:
            is_hybrid = self.is_hybrid
            field_dict["isHybrid"] = is_hybrid
        if self.last_deposit_amount is not None:
            last_deposit_amount = self.last_deposit_amount.to_dict()
            field_dict["lastDepositAmount"] = last_deposit_amount
        if self.last_dividend_amount is not None:
            last_dividend_amount = self.last_dividend_amount.to_dict()
            field_dict["lastDividendAmount"] = last_dividend_amount
        if self.last_interest_payment_amount is not None:
            last_interest_payment_amount = self.last_interest_payment_amount.to_dict()
            field_dict["lastInterestPaymentAmount"] = last_interest_payment_amount
        if self.last_interest_payment_date is not None:
            last_interest_payment_date = self.last_interest_payment_date
            field_dict["lastInterestPaymentDate"] = last_interest_payment_date
        if self.last_statement_cycle_date is not None:
            last_statement_cycle_date = self.last_statement_cycle_date
            field_dict["lastStatementCycleDate"] = last_statement_cycle_date
        if self.last_statement_thru_date is not None:
            last_statement_thru_date = self.last_statement_thru_date
            field_dict["lastStatementThruDate"] = last_statement_thru_date
        if self.micr_number is not None:
            micr_number = self.micr_number
            field_dict["micrNumber"] = micr_number
        if self.nick_name is not None:
            nick_name = self.nick_name
            field_dict["nickName"] = nick_name
        if self.non_qualified_rate is not None:
            non_qualified_rate = self.non_qualified_rate
            field_dict["nonQualifiedRate"] = non_qualified_rate
        if self.overdraft_account_num is not None:
            overdraft_account_num = self.overdraft_account_num.to_dict()
            field_dict["overdraftAccountNum"] = overdraft_account_num
        if self.overdraft_account_number is not None:
            overdraft_account_number = self.overdraft_account_number
            field_dict["overdraftAccountNumber"] = overdraft_account_number
        if self.overdraft_available_amount is not None:
            overdraft_available_amount = self.overdraft_available_amount.to_dict()
            field_dict["overdraftAvailableAmount"] = overdraft_available_amount
        if self.overdraft_limit is not None:
            overdraft_limit = self.overdraft_limit.to_dict()
            field_dict["overdraftLimit"] = overdraft_limit
        if self.pos_count is not None:
            pos_count = self.pos_count
            field_dict["posCount"] = pos_count
        if self.primary_holder_id is not None:
            primary_holder_id = self.primary_holder_id.to_dict()
            field_dict["primaryHolderId"] = primary_holder_id
        if self.primary_holder_alternate_id is not None:
            primary_holder_alternate_id = self.primary_holder_alternate_id.to_dict()
            field_dict["primaryHolderAlternateId"] = primary_holder_alternate_id
        if self.primary_holder_name is not None:
            primary_holder_name = self.primary_holder_name
            field_dict["primaryHolderName"] = primary_holder_name
        if self.reg_d_limits is not None:
            reg_d_limits = self.reg_d_limits.to_dict()
            field_dict["regDLimits"] = reg_d_limits
        if self.rewards_count is not None:
            rewards_count = self.rewards_count
            field_dict["rewardsCount"] = rewards_count
        if self.routing_number is not None:
            routing_number = self.routing_number
            field_dict["routingNumber"] = routing_number
        if self.tax_prior_year_to_date is not None:
            tax_prior_year_to_date = self.tax_prior_year_to_date.to_dict()
            field_dict["taxPriorYearToDate"] = tax_prior_year_to_date
        if self.tax_year_to_date is not None:
            tax_year_to_date = self.tax_year_to_date.to_dict()
            field_dict["taxYearToDate"] = tax_year_to_date
        if self.tier_1_balance_desc is not None:
            tier_1_balance_desc = self.tier_1_balance_desc
            field_dict["tier1BalanceDesc"] = tier_1_balance_desc
        if self.tier_1_qualified_rate is not None:
            tier_1_qualified_rate = self.tier_1_qualified_rate
            field_dict["tier1QualifiedRate"] = tier_1_qualified_rate
        if self.tier_2_balance_desc is not None:
            tier_2_balance_desc = self.tier_2_balance_desc
            field_dict["tier2BalanceDesc"] = tier_2_balance_desc
        if self.tier_2_qualified_rate is not None:
            tier_2_qualified_rate = self.tier_2_qualified_rate
            field_dict["tier2QualifiedRate"] = tier_2_qualified_rate
        if self.total_funds_available is not None:
            total_funds_available = self.total_funds_available.to_dict()
            field_dict["totalFundsAvailable"] = total_funds_available
        if self.tpv_product_code is not None:
            tpv_product_code = self.tpv_product_code
            field_dict["tpvProductCode"] = tpv_product_code
        if self.tpv_reference is not None:
            tpv_reference = self.tpv_reference
            field_dict["tpvReference"] = tpv_reference
        if self.transfer_restriction is not None:
            transfer_restriction = TransferRestriction(self.transfer_restriction).value
            field_dict["transferRestriction"] = transfer_restriction
        if self.roles is not None:
            roles = self.roles.to_dict()
            field_dict["roles"] = roles
        if self.accrued_interest is not None:
            accrued_interest = self.accrued_interest.to_dict()
            field_dict["accruedInterest"] = accrued_interest
        if self.annual_percentage_yield is not None:
            annual_percentage_yield = self.annual_percentage_yield
            field_dict["annualPercentageYield"] = annual_percentage_yield
        if self.ach_id is not None:
            ach_id = self.ach_id
            field_dict["achId"] = ach_id
        if self.issue_date is not None:
            issue_date = self.issue_date
            field_dict["issueDate"] = issue_date
        if self.atm_card is not None:
            atm_card = self.atm_card.to_dict()
            field_dict["atmCard"] = atm_card
        if self.current_year_eligible_contribution is not None:
            current_year_eligible_contribution = self.current_year_eligible_contribution.to_dict()
            field_dict["currentYearEligibleContribution"] = current_year_eligible_contribution
        if self.last_year_eligible_contribution is not None:
            last_year_eligible_contribution = self.last_year_eligible_contribution.to_dict()
            field_dict["lastYearEligibleContribution"] = last_year_eligible_contribution
        if self.current_year_max_contribution is not None:
            current_year_max_contribution = self.current_year_max_contribution.to_dict()
            field_dict["currentYearMaxContribution"] = current_year_max_contribution
        if self.last_year_max_contribution is not None:
            last_year_max_contribution = self.last_year_max_contribution.to_dict()
            field_dict["lastYearMaxContribution"] = last_year_max_contribution
        if self.current_year_contribution is not None:
            current_year_contribution = self.current_year_contribution.to_dict()
            field_dict["currentYearContribution"] = current_year_contribution
        if self.last_year_contribution is not None:
            last_year_contribution = self.last_year_contribution.to_dict()
            field_dict["lastYearContribution"] = last_year_contribution
        if self.current_year_distribution is not None:
            current_year_distribution = self.current_year_distribution.to_dict()
            field_dict["currentYearDistribution"] = current_year_distribution
        if self.last_year_distribution is not None:
            last_year_distribution = self.last_year_distribution.to_dict()
            field_dict["lastYearDistribution"] = last_year_distribution
        if self.required_minimum_distribution is not None:
            required_minimum_distribution = self.required_minimum_distribution.to_dict()
            field_dict["requiredMinimumDistribution"] = required_minimum_distribution

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        d = dict(src_dict)
        account_hidden = xml_text(d.pop("accountHidden"))
        account_number = AccountNumber.from_dict(d.pop("accountNumber"))

        account_type = DIAccountType2(xml_text(d.pop("accountType")))

        balance = Balance1.from_dict(d.pop("balance"))

        category = AccountCategory1(xml_text(d.pop("category")))

        display_account_number = xml_text(d.pop("displayAccountNumber"))
        display_flag = DisplayFlag.from_dict(d.pop("displayFlag"))

        enabled = xml_text(d.pop("enabled"))
        fi_account_type = FIAccountType.from_dict(d.pop("fiAccountType"))

        fi_id = IdType1.from_dict(d.pop("fiId"))

        id = AccountId.from_dict(d.pop("id"))

        member_number = xml_text(d.pop("memberNumber"))
        ownership_type = OwnershipType(xml_text(d.pop("ownershipType")))

        account_status = AccountStatus2(xml_text(d.pop("accountStatus")))

        account_statuses = AccountStatuses.from_dict(d.pop("accountStatuses"))

        description = xml_text(d.pop("description"))
        fi_customer_id = FICustomerId1.from_dict(d.pop("fiCustomerId"))

        _account_status_int = xml_text(d.pop("accountStatusInt", None))
        account_status_int: int | None = None
        if _account_status_int is not None:
            account_status_int = _account_status_int
        _ach_count = xml_text(d.pop("achCount", None))
        ach_count: int | None = None
        if _ach_count is not None:
            ach_count = _ach_count
        _alternate_user_identifier = d.pop("alternateUserIdentifier", None)
        alternate_user_identifier: FICustomerId1 | None = None
        if _alternate_user_identifier is not None:
            alternate_user_identifier = FICustomerId1.from_dict(_alternate_user_identifier)

        _rm_key = xml_text(d.pop("rmKey", None))
        rm_key: str | None = None
        if _rm_key is not None:
            rm_key = _rm_key
        _associated_members = d.pop("associatedMembers", None)
        associated_members: AssociatedMembers | None = None
        if _associated_members is not None:
            associated_members = AssociatedMembers.from_dict(_associated_members)

        _as_of_date = xml_text(d.pop("asOfDate", None))
        as_of_date: str | None = None
        if _as_of_date is not None:
            as_of_date = _as_of_date
        _bb_entitlements = d.pop("bbEntitlements", None)
        bb_entitlements: Entitlements | None = None
        if _bb_entitlements is not None:
            bb_entitlements = Entitlements.from_dict(_bb_entitlements)

        _bill_pay_account_number = xml_text(d.pop("billPayAccountNumber", None))
        bill_pay_account_number: str | None = None
        if _bill_pay_account_number is not None:
            bill_pay_account_number = _bill_pay_account_number
        _bill_pay_id = d.pop("billPayId", None)
        bill_pay_id: AccountId | None = None
        if _bill_pay_id is not None:
            bill_pay_id = AccountId.from_dict(_bill_pay_id)

        _cc_account_id = xml_text(d.pop("ccAccountId", None))
        cc_account_id: str | None = None
        if _cc_account_id is not None:
            cc_account_id = _cc_account_id
        _dc_bill_pay_account_number = xml_text(d.pop("dcBillPayAccountNumber", None))
        dc_bill_pay_account_number: str | None = None
        if _dc_bill_pay_account_number is not None:
            dc_bill_pay_account_number = _dc_bill_pay_account_number
        _dc_export_account_number = xml_text(d.pop("dcExportAccountNumber", None))
        dc_export_account_number: str | None = None
        if _dc_export_account_number is not None:
            dc_export_account_number = _dc_export_account_number
        _default_account_id = d.pop("defaultAccountId", None)
        default_account_id: AccountId | None = None
        if _default_account_id is not None:
            default_account_id = AccountId.from_dict(_default_account_id)

        _di_account_type = xml_text(d.pop("diAccountType", None))
        di_account_type: int | None = None
        if _di_account_type is not None:
            di_account_type = _di_account_type
        _display_card_number = xml_text(d.pop("displayCardNumber", None))
        display_card_number: str | None = None
        if _display_card_number is not None:
            display_card_number = _display_card_number
        _display_routing_number = xml_text(d.pop("displayRoutingNumber", None))
        display_routing_number: str | None = None
        if _display_routing_number is not None:
            display_routing_number = _display_routing_number
        _display_primary_member_number = xml_text(d.pop("displayPrimaryMemberNumber", None))
        display_primary_member_number: str | None = None
        if _display_primary_member_number is not None:
            display_primary_member_number = _display_primary_member_number
        _export_account_number = xml_text(d.pop("exportAccountNumber", None))
        export_account_number: str | None = None
        if _export_account_number is not None:
            export_account_number = _export_account_number
        _external_broker = xml_text(d.pop("externalBroker", None))
        external_broker: str | None = None
        if _external_broker is not None:
            external_broker = _external_broker
        _host_account_type = xml_text(d.pop("hostAccountType", None))
        host_account_type: str | None = None
        if _host_account_type is not None:
            host_account_type = _host_account_type
        _interest_prior_year_to_date = d.pop("interestPriorYearToDate", None)
        interest_prior_year_to_date: Money | None = None
        if _interest_prior_year_to_date is not None:
            interest_prior_year_to_date = Money.from_dict(_interest_prior_year_to_date)

        _interest_rate = xml_text(d.pop("interestRate", None))
        interest_rate: Decimal | None = None
        if _interest_rate is not None:
            interest_rate = to_decimal(_interest_rate)

        _interest_year_to_date = d.pop("interestYearToDate", None)
        interest_year_to_date: Money | None = None
        if _interest_year_to_date is not None:
            interest_year_to_date = Money.from_dict(_interest_year_to_date)

        _interface_id = xml_text(d.pop("interfaceId", None))
        interface_id: str | None = None
        if _interface_id is not None:
            interface_id = _interface_id
        _is_hybrid = xml_text(d.pop("isHybrid", None))
        is_hybrid: bool | None = None
        if _is_hybrid is not None:
            is_hybrid = _is_hybrid
        _last_deposit_amount = d.pop("lastDepositAmount", None)
        last_deposit_amount: Money | None = None
        if _last_deposit_amount is not None:
            last_deposit_amount = Money.from_dict(_last_deposit_amount)

        _last_dividend_amount = d.pop("lastDividendAmount", None)
        last_dividend_amount: Money | None = None
        if _last_dividend_amount is not None:
            last_dividend_amount = Money.from_dict(_last_dividend_amount)

        _last_interest_payment_amount = d.pop("lastInterestPaymentAmount", None)
        last_interest_payment_amount: Money | None = None
        if _last_interest_payment_amount is not None:
            last_interest_payment_amount = Money.from_dict(_last_interest_payment_amount)

        _last_interest_payment_date = xml_text(d.pop("lastInterestPaymentDate", None))
        last_interest_payment_date: str | None = None
        if _last_interest_payment_date is not None:
            last_interest_payment_date = _last_interest_payment_date
        _last_statement_cycle_date = xml_text(d.pop("lastStatementCycleDate", None))
        last_statement_cycle_date: str | None = None
        if _last_statement_cycle_date is not None:
            last_statement_cycle_date = _last_statement_cycle_date
        _last_statement_thru_date = xml_text(d.pop("lastStatementThruDate", None))
        last_statement_thru_date: str | None = None
        if _last_statement_thru_date is not None:
            last_statement_thru_date = _last_statement_thru_date
        _micr_number = xml_text(d.pop("micrNumber", None))
        micr_number: str | None = None
        if _micr_number is not None:
            micr_number = _micr_number
        _nick_name = xml_text(d.pop("nickName", None))
        nick_name: str | None = None
        if _nick_name is not None:
            nick_name = _nick_name
        _non_qualified_rate = xml_text(d.pop("nonQualifiedRate", None))
        non_qualified_rate: Decimal | None = None
        if _non_qualified_rate is not None:
            non_qualified_rate = to_decimal(_non_qualified_rate)

        _overdraft_account_num = d.pop("overdraftAccountNum", None)
        overdraft_account_num: AccountNumber | None = None
        if _overdraft_account_num is not None:
            overdraft_account_num = AccountNumber.from_dict(_overdraft_account_num)

        _overdraft_account_number = xml_text(d.pop("overdraftAccountNumber", None))
        overdraft_account_number: str | None = None
        if _overdraft_account_number is not None:
            overdraft_account_number = _overdraft_account_number
        _overdraft_available_amount = d.pop("overdraftAvailableAmount", None)
        overdraft_available_amount: Money | None = None
        if _overdraft_available_amount is not None:
            overdraft_available_amount = Money.from_dict(_overdraft_available_amount)

        _overdraft_limit = d.pop("overdraftLimit", None)
        overdraft_limit: Money | None = None
        if _overdraft_limit is not None:
            overdraft_limit = Money.from_dict(_overdraft_limit)

        _pos_count = xml_text(d.pop("posCount", None))
        pos_count: int | None = None
        if _pos_count is not None:
            pos_count = _pos_count
        _primary_holder_id = d.pop("primaryHolderId", None)
        primary_holder_id: FICustomerId1 | None = None
        if _primary_holder_id is not None:
            primary_holder_id = FICustomerId1.from_dict(_primary_holder_id)

        _primary_holder_alternate_id = d.pop("primaryHolderAlternateId", None)
        primary_holder_alternate_id: FICustomerId1 | None = None
        if _primary_holder_alternate_id is not None:
            primary_holder_alternate_id = FICustomerId1.from_dict(_primary_holder_alternate_id)

        _primary_holder_name = xml_text(d.pop("primaryHolderName", None))
        primary_holder_name: str | None = None
        if _primary_holder_name is not None:
            primary_holder_name = _primary_holder_name
        _reg_d_limits = d.pop("regDLimits", None)
        reg_d_limits: RegDLimits1 | None = None
        if _reg_d_limits is not None:
            reg_d_limits = RegDLimits1.from_dict(_reg_d_limits)

        _rewards_count = xml_text(d.pop("rewardsCount", None))
        rewards_count: int | None = None
        if _rewards_count is not None:
            rewards_count = _rewards_count
        _routing_number = xml_text(d.pop("routingNumber", None))
        routing_number: str | None = None
        if _routing_number is not None:
            routing_number = _routing_number
        _tax_prior_year_to_date = d.pop("taxPriorYearToDate", None)
        tax_prior_year_to_date: Money | None = None
        if _tax_prior_year_to_date is not None:
            tax_prior_year_to_date = Money.from_dict(_tax_prior_year_to_date)

        _tax_year_to_date = d.pop("taxYearToDate", None)
        tax_year_to_date: Money | None = None
        if _tax_year_to_date is not None:
            tax_year_to_date = Money.from_dict(_tax_year_to_date)

        _tier_1_balance_desc = xml_text(d.pop("tier1BalanceDesc", None))
        tier_1_balance_desc: str | None = None
        if _tier_1_balance_desc is not None:
            tier_1_balance_desc = _tier_1_balance_desc
        _tier_1_qualified_rate = xml_text(d.pop("tier1QualifiedRate", None))
        tier_1_qualified_rate: Decimal | None = None
        if _tier_1_qualified_rate is not None:
            tier_1_qualified_rate = to_decimal(_tier_1_qualified_rate)

        _tier_2_balance_desc = xml_text(d.pop("tier2BalanceDesc", None))
        tier_2_balance_desc: str | None = None
        if _tier_2_balance_desc is not None:
            tier_2_balance_desc = _tier_2_balance_desc
        _tier_2_qualified_rate = xml_text(d.pop("tier2QualifiedRate", None))
        tier_2_qualified_rate: Decimal | None = None
        if _tier_2_qualified_rate is not None:
            tier_2_qualified_rate = to_decimal(_tier_2_qualified_rate)

        _total_funds_available = d.pop("totalFundsAvailable", None)
        total_funds_available: Money | None = None
        if _total_funds_available is not None:
            total_funds_available = Money.from_dict(_total_funds_available)

        _tpv_product_code = xml_text(d.pop("tpvProductCode", None))
        tpv_product_code: str | None = None
        if _tpv_product_code is not None:
            tpv_product_code = _tpv_product_code
        _tpv_reference = xml_text(d.pop("tpvReference", None))
        tpv_reference: str | None = None
        if _tpv_reference is not None:
            tpv_reference = _tpv_reference
        _transfer_restriction = xml_text(d.pop("transferRestriction", None))
        transfer_restriction: TransferRestriction | None = None
        if _transfer_restriction is not None:
            transfer_restriction = TransferRestriction(_transfer_restriction)

        _roles = d.pop("roles", None)
        roles: Roles | None = None
        if _roles is not None:
            roles = Roles.from_dict(_roles)

        _accrued_interest = d.pop("accruedInterest", None)
        accrued_interest: Money | None = None
        if _accrued_interest is not None:
            accrued_interest = Money.from_dict(_accrued_interest)

        _annual_percentage_yield = xml_text(d.pop("annualPercentageYield", None))
        annual_percentage_yield: Decimal | None = None
        if _annual_percentage_yield is not None:
            annual_percentage_yield = to_decimal(_annual_percentage_yield)

        _ach_id = xml_text(d.pop("achId", None))
        ach_id: str | None = None
        if _ach_id is not None:
            ach_id = _ach_id
        _issue_date = xml_text(d.pop("issueDate", None))
        issue_date: str | None = None
        if _issue_date is not None:
            issue_date = _issue_date
        _atm_card = d.pop("atmCard", None)
        atm_card: PlasticCard | None = None
        if _atm_card is not None:
            atm_card = PlasticCard.from_dict(_atm_card)

        _current_year_eligible_contribution = d.pop("currentYearEligibleContribution", None)
        current_year_eligible_contribution: Money | None = None
        if _current_year_eligible_contribution is not None:
            current_year_eligible_contribution = Money.from_dict(_current_year_eligible_contribution)

        _last_year_eligible_contribution = d.pop("lastYearEligibleContribution", None)
        last_year_eligible_contribution: Money | None = None
        if _last_year_eligible_contribution is not None:
            last_year_eligible_contribution = Money.from_dict(_last_year_eligible_contribution)

        _current_year_max_contribution = d.pop("currentYearMaxContribution", None)
        current_year_max_contribution: Money | None = None
        if _current_year_max_contribution is not None:
            current_year_max_contribution = Money.from_dict(_current_year_max_contribution)

        _last_year_max_contribution = d.pop("lastYearMaxContribution", None)
        last_year_max_contribution: Money | None = None
        if _last_year_max_contribution is not None:
            last_year_max_contribution = Money.from_dict(_last_year_max_contribution)

        _current_year_contribution = d.pop("currentYearContribution", None)
        current_year_contribution: Money | None = None
        if _current_year_contribution is not None:
            current_year_contribution = Money.from_dict(_current_year_contribution)

        _last_year_contribution = d.pop("lastYearContribution", None)
        last_year_contribution: Money | None = None
        if _last_year_contribution is not None:
            last_year_contribution = Money.from_dict(_last_year_contribution)

        _current_year_distribution = d.pop("currentYearDistribution", None)
        current_year_distribution: Money | None = None
        if _current_year_distribution is not None:
            current_year_distribution = Money.from_dict(_current_year_distribution)

        _last_year_distribution = d.pop("lastYearDistribution", None)
        last_year_distribution: Money | None = None
        if _last_year_distribution is not None:
            last_year_distribution = Money.from_dict(_last_year_distribution)

        _required_minimum_distribution = d.pop("requiredMinimumDistribution", None)
        required_minimum_distribution: Money | None = None
        if _required_minimum_distribution is not None:
            required_minimum_distribution = Money.from_dict(_required_minimum_distribution)

        deposit_account = cls(
            account_hidden=account_hidden,
            account_number=account_number,
            account_type=account_type,
            balance=balance,
            category=category,
            display_account_number=display_account_number,
            display_flag=display_flag,
            enabled=enabled,
            fi_account_type=fi_account_type,
            fi_id=fi_id,
            id=id,
            member_number=member_number,
            ownership_type=ownership_type,
            account_status=account_status,
            account_statuses=account_statuses,
            description=description,
            fi_customer_id=fi_customer_id,
            account_status_int=account_status_int,
            ach_count=ach_count,
            alternate_user_identifier=alternate_user_identifier,
            rm_key=rm_key,
            associated_members=associated_members,
            as_of_date=as_of_date,
            bb_entitlements=bb_entitlements,
            bill_pay_account_number=bill_pay_account_number,
            bill_pay_id=bill_pay_id,
            cc_account_id=cc_account_id,
            dc_bill_pay_account_number=dc_bill_pay_account_number,
            dc_export_account_number=dc_export_account_number,
            default_account_id=default_account_id,
            di_account_type=di_account_type,
            display_card_number=display_card_number,
            display_routing_number=display_routing_number,
            display_primary_member_number=display_primary_member_number,
            export_account_number=export_account_number,
            external_broker=external_broker,
            host_account_type=host_account_type,
            interest_prior_year_to_date=interest_prior_year_to_date,
            interest_rate=interest_rate,
            interest_year_to_date=interest_year_to_date,
            interface_id=interface_id,
            is_hybrid=is_hybrid,
            last_deposit_amount=last_deposit_amount,
            last_dividend_amount=last_dividend_amount,
            last_interest_payment_amount=last_interest_payment_amount,
            last_interest_payment_date=last_interest_payment_date,
            last_statement_cycle_date=last_statement_cycle_date,
            last_statement_thru_date=last_statement_thru_date,
            micr_number=micr_number,
            nick_name=nick_name,
            non_qualified_rate=non_qualified_rate,
            overdraft_account_num=overdraft_account_num,
            overdraft_account_number=overdraft_account_number,
            overdraft_available_amount=overdraft_available_amount,
            overdraft_limit=overdraft_limit,
            pos_count=pos_count,
            primary_holder_id=primary_holder_id,
            primary_holder_alternate_id=primary_holder_alternate_id,
            primary_holder_name=primary_holder_name,
            reg_d_limits=reg_d_limits,
            rewards_count=rewards_count,
            routing_number=routing_number,
            tax_prior_year_to_date=tax_prior_year_to_date,
            tax_year_to_date=tax_year_to_date,
            tier_1_balance_desc=tier_1_balance_desc,
            tier_1_qualified_rate=tier_1_qualified_rate,
            tier_2_balance_desc=tier_2_balance_desc,
            tier_2_qualified_rate=tier_2_qualified_rate,
            total_funds_available=total_funds_available,
            tpv_product_code=tpv_product_code,
            tpv_reference=tpv_reference,
            transfer_restriction=transfer_restriction,
            roles=roles,
            accrued_interest=accrued_interest,
            annual_percentage_yield=annual_percentage_yield,
            ach_id=ach_id,
            issue_date=issue_date,
            atm_card=atm_card,
            current_year_eligible_contribution=current_year_eligible_contribution,
            last_year_eligible_contribution=last_year_eligible_contribution,
            current_year_max_contribution=current_year_max_contribution,
            last_year_max_contribution=last_year_max_contribution,
            current_year_contribution=current_year_contribution,
            last_year_contribution=last_year_contribution,
            current_year_distribution=current_year_distribution,
            last_year_distribution=last_year_distribution,
            required_minimum_distribution=required_minimum_distribution,
        )

        deposit_account.additional_properties = d
        return deposit_account
