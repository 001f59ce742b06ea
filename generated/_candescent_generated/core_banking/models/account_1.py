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
from ..types import UNSET, Unset, keys_only, refuse_float, to_decimal
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

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
    from ..models.reg_d_limits_1 import RegDLimits1
    from ..models.roles import Roles


T = TypeVar("T", bound="Account1")


@_attrs_define
class Account1(_Model):
    """What every legacy account carries (the four account shapes extend it).

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
        account_status (AccountStatus2 | Unset): The account's main state (OPEN, CLOSED, ...; HAS_CREDIT_BAL: a credit
            balance; RET_PLAN: a retirement plan).
        account_status_int (int | Unset): The host's numeric status code.
        account_statuses (AccountStatuses | Unset): The account's state, one flag each.
        ach_count (int | Unset): How many ACH transactions the host counts for the account.
        alternate_user_identifier (FICustomerId1 | Unset): Another id of the owning customer, with its kind.
        rm_key (str | Unset): An opaque key from the host (the platform documents nothing further).
        associated_members (AssociatedMembers | Unset): Other member numbers tied to the account.
        as_of_date (str | Unset): When the balances were taken, as text: a date with a UTC offset, e.g.
            2025-03-25-07:00.
        bb_entitlements (Entitlements | Unset): Business users: what each user may do with the account.
        bill_pay_account_number (str | Unset): The number bill payment services know the account by.
        bill_pay_id (AccountId | Unset): The account's id in bill payment services, with its kind (BPID).
        cc_account_id (str | Unset): A compound id, the number and type code joined by ^ (e.g. 19032^1).
        dc_bill_pay_account_number (str | Unset): The bill payment account number in the digital channel's form.
        dc_export_account_number (str | Unset): The export account number in the digital channel's form (e.g.
            105890761K19032).
        default_account_id (AccountId | Unset): The account's id in its default scheme, with its kind.
        description (str | Unset):
        di_account_type (int | Unset): The platform's numeric account type code.
        display_card_number (str | Unset): The card number to show (masked).
        display_routing_number (str | Unset): The routing number to show.
        display_primary_member_number (str | Unset): The primary member number to show.
        export_account_number (str | Unset): The number Quicken and QuickBooks exports use (with getExportAcctNum=true).
        external_broker (str | Unset): Investment accounts: the outside broker that holds it.
        fi_customer_id (FICustomerId1 | Unset): The customer the account belongs to: an id with its kind.
        host_account_type (str | Unset): The host's own account type code, as text.
        interest_prior_year_to_date (Money | Unset): Interest of the previous calendar year.
        interest_rate (Decimal | Unset): The annual interest rate, in percent (3.5 means 3.5 %).
        interest_year_to_date (Money | Unset): Interest so far this calendar year.
        interface_id (str | Unset): The host interface the account comes from.
        is_hybrid (bool | Unset): Updated both in real time and in batches.
        last_deposit_amount (Money | Unset): An amount of money: exact (decimal.Decimal, never float) in a currency.
        last_dividend_amount (Money | Unset): An amount of money: exact (decimal.Decimal, never float) in a currency.
        last_interest_payment_amount (Money | Unset): An amount of money: exact (decimal.Decimal, never float) in a
            currency.
        last_interest_payment_date (str | Unset): When interest was last paid, as text: a date with a UTC offset, e.g.
            2025-03-25-07:00.
        last_statement_cycle_date (str | Unset): First day of the latest statement period, as text: a date with a UTC
            offset, e.g. 2025-03-25-07:00.
        last_statement_thru_date (str | Unset): Last day of the latest statement period, as text: a date with a UTC
            offset, e.g. 2025-03-25-07:00.
        micr_number (str | Unset): The account number as printed in magnetic ink on its checks (the MICR line).
        nick_name (str | Unset):
        non_qualified_rate (Decimal | Unset): Rewards accounts: the rate paid when the qualifying conditions are not
            met, in percent (3.5 means 3.5 %).
        overdraft_account_num (AccountNumber | Unset): The account covering overdrafts, in its several renderings.
        overdraft_account_number (str | Unset): The account covering overdrafts, as one number.
        overdraft_available_amount (Money | Unset): Overdraft coverage still available.
        overdraft_limit (Money | Unset): The most the account may be overdrawn.
        pos_count (int | Unset): How many point-of-sale transactions the host counts for the account.
        primary_holder_id (FICustomerId1 | Unset): The primary holder's id, with its kind.
        primary_holder_alternate_id (FICustomerId1 | Unset): Another id of the primary holder.
        primary_holder_name (str | Unset):
        reg_d_limits (RegDLimits1 | Unset): Regulation D limits on withdrawals and transfers, with this period's counts.
        rewards_count (int | Unset): The host's count of rewards earned on the account.
        routing_number (str | Unset): The institution's ABA routing number (9 digits).
        tax_prior_year_to_date (Money | Unset): Tax recorded on the account for the previous calendar year.
        tax_year_to_date (Money | Unset): Tax recorded on the account so far this calendar year.
        tier_1_balance_desc (str | Unset): Rewards accounts: the tier-1 balance threshold, as text.
        tier_1_qualified_rate (Decimal | Unset): Rewards accounts: the rate on tier-1 balances when qualified, in
            percent (3.5 means 3.5 %).
        tier_2_balance_desc (str | Unset): Rewards accounts: the tier-2 balance threshold, as text.
        tier_2_qualified_rate (Decimal | Unset): Rewards accounts: the rate on tier-2 balances when qualified, in
            percent (3.5 means 3.5 %).
        total_funds_available (Money | Unset): Everything the customer can spend or take out now.
        tpv_product_code (str | Unset): A third-party vendor's product code for the account.
        tpv_reference (str | Unset): A third-party vendor's reference for the account.
        transfer_restriction (TransferRestriction | Unset): Transfers the account is kept out of: EXCLUDE_ALL,
            EXCLUDE_AS_FROM (never the source) or EXCLUDE_AS_TO (never the destination).
        roles (Roles | Unset): The parties tied to the account and their roles.
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
    account_status: AccountStatus2 | Unset = UNSET
    account_status_int: int | Unset = UNSET
    account_statuses: AccountStatuses | Unset = UNSET
    ach_count: int | Unset = UNSET
    alternate_user_identifier: FICustomerId1 | Unset = UNSET
    rm_key: str | Unset = UNSET
    associated_members: AssociatedMembers | Unset = UNSET
    as_of_date: str | Unset = UNSET
    bb_entitlements: Entitlements | Unset = UNSET
    bill_pay_account_number: str | Unset = UNSET
    bill_pay_id: AccountId | Unset = UNSET
    cc_account_id: str | Unset = UNSET
    dc_bill_pay_account_number: str | Unset = UNSET
    dc_export_account_number: str | Unset = UNSET
    default_account_id: AccountId | Unset = UNSET
    description: str | Unset = UNSET
    di_account_type: int | Unset = UNSET
    display_card_number: str | Unset = UNSET
    display_routing_number: str | Unset = UNSET
    display_primary_member_number: str | Unset = UNSET
    export_account_number: str | Unset = UNSET
    external_broker: str | Unset = UNSET
    fi_customer_id: FICustomerId1 | Unset = UNSET
    host_account_type: str | Unset = UNSET
    interest_prior_year_to_date: Money | Unset = UNSET
    interest_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    interest_year_to_date: Money | Unset = UNSET
    interface_id: str | Unset = UNSET
    is_hybrid: bool | Unset = UNSET
    last_deposit_amount: Money | Unset = UNSET
    last_dividend_amount: Money | Unset = UNSET
    last_interest_payment_amount: Money | Unset = UNSET
    last_interest_payment_date: str | Unset = UNSET
    last_statement_cycle_date: str | Unset = UNSET
    last_statement_thru_date: str | Unset = UNSET
    micr_number: str | Unset = UNSET
    nick_name: str | Unset = UNSET
    non_qualified_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    overdraft_account_num: AccountNumber | Unset = UNSET
    overdraft_account_number: str | Unset = UNSET
    overdraft_available_amount: Money | Unset = UNSET
    overdraft_limit: Money | Unset = UNSET
    pos_count: int | Unset = UNSET
    primary_holder_id: FICustomerId1 | Unset = UNSET
    primary_holder_alternate_id: FICustomerId1 | Unset = UNSET
    primary_holder_name: str | Unset = UNSET
    reg_d_limits: RegDLimits1 | Unset = UNSET
    rewards_count: int | Unset = UNSET
    routing_number: str | Unset = UNSET
    tax_prior_year_to_date: Money | Unset = UNSET
    tax_year_to_date: Money | Unset = UNSET
    tier_1_balance_desc: str | Unset = UNSET
    tier_1_qualified_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    tier_2_balance_desc: str | Unset = UNSET
    tier_2_qualified_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    total_funds_available: Money | Unset = UNSET
    tpv_product_code: str | Unset = UNSET
    tpv_reference: str | Unset = UNSET
    transfer_restriction: TransferRestriction | Unset = UNSET
    roles: Roles | Unset = UNSET
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
        account_status: str | Unset = UNSET
        if not isinstance(self.account_status, Unset):
            account_status = AccountStatus2(self.account_status).value

        account_status_int = self.account_status_int
        account_statuses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_statuses, Unset):
            account_statuses = self.account_statuses.to_dict()
        ach_count = self.ach_count
        alternate_user_identifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alternate_user_identifier, Unset):
            alternate_user_identifier = self.alternate_user_identifier.to_dict()
        rm_key = self.rm_key
        associated_members: dict[str, Any] | Unset = UNSET
        if not isinstance(self.associated_members, Unset):
            associated_members = self.associated_members.to_dict()
        as_of_date = self.as_of_date
        bb_entitlements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bb_entitlements, Unset):
            bb_entitlements = self.bb_entitlements.to_dict()
        bill_pay_account_number = self.bill_pay_account_number
        bill_pay_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_pay_id, Unset):
            bill_pay_id = self.bill_pay_id.to_dict()
        cc_account_id = self.cc_account_id
        dc_bill_pay_account_number = self.dc_bill_pay_account_number
        dc_export_account_number = self.dc_export_account_number
        default_account_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_account_id, Unset):
            default_account_id = self.default_account_id.to_dict()
        description = self.description
        di_account_type = self.di_account_type
        display_card_number = self.display_card_number
        display_routing_number = self.display_routing_number
        display_primary_member_number = self.display_primary_member_number
        export_account_number = self.export_account_number
        external_broker = self.external_broker
        fi_customer_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fi_customer_id, Unset):
            fi_customer_id = self.fi_customer_id.to_dict()
        host_account_type = self.host_account_type
        interest_prior_year_to_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_prior_year_to_date, Unset):
            interest_prior_year_to_date = self.interest_prior_year_to_date.to_dict()
        interest_rate = self.interest_rate
        interest_year_to_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_year_to_date, Unset):
            interest_year_to_date = self.interest_year_to_date.to_dict()
        interface_id = self.interface_id
        is_hybrid = self.is_hybrid
        last_deposit_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_deposit_amount, Unset):
            last_deposit_amount = self.last_deposit_amount.to_dict()
        last_dividend_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_dividend_amount, Unset):
            last_dividend_amount = self.last_dividend_amount.to_dict()
        last_interest_payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_interest_payment_amount, Unset):
            last_interest_payment_amount = self.last_interest_payment_amount.to_dict()
        last_interest_payment_date = self.last_interest_payment_date
        last_statement_cycle_date = self.last_statement_cycle_date
        last_statement_thru_date = self.last_statement_thru_date
        micr_number = self.micr_number
        nick_name = self.nick_name
        non_qualified_rate = self.non_qualified_rate
        overdraft_account_num: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdraft_account_num, Unset):
            overdraft_account_num = self.overdraft_account_num.to_dict()
        overdraft_account_number = self.overdraft_account_number
        overdraft_available_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdraft_available_amount, Unset):
            overdraft_available_amount = self.overdraft_available_amount.to_dict()
        overdraft_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdraft_limit, Unset):
            overdraft_limit = self.overdraft_limit.to_dict()
        pos_count = self.pos_count
        primary_holder_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_holder_id, Unset):
            primary_holder_id = self.primary_holder_id.to_dict()
        primary_holder_alternate_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_holder_alternate_id, Unset):
            primary_holder_alternate_id = self.primary_holder_alternate_id.to_dict()
        primary_holder_name = self.primary_holder_name
        reg_d_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reg_d_limits, Unset):
            reg_d_limits = self.reg_d_limits.to_dict()
        rewards_count = self.rewards_count
        routing_number = self.routing_number
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
        tpv_product_code = self.tpv_product_code
        tpv_reference = self.tpv_reference
        transfer_restriction: str | Unset = UNSET
        if not isinstance(self.transfer_restriction, Unset):
            transfer_restriction = TransferRestriction(self.transfer_restriction).value

        roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles.to_dict()

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
            }
        )
        if account_status is not UNSET:
            field_dict["accountStatus"] = account_status
        if account_status_int is not UNSET:
            field_dict["accountStatusInt"] = account_status_int
        if account_statuses is not UNSET:
            field_dict["accountStatuses"] = account_statuses
        if ach_count is not UNSET:
            field_dict["achCount"] = ach_count
        if alternate_user_identifier is not UNSET:
            field_dict["alternateUserIdentifier"] = alternate_user_identifier
        if rm_key is not UNSET:
            field_dict["rmKey"] = rm_key
        if associated_members is not UNSET:
            field_dict["associatedMembers"] = associated_members
        if as_of_date is not UNSET:
            field_dict["asOfDate"] = as_of_date
        if bb_entitlements is not UNSET:
            field_dict["bbEntitlements"] = bb_entitlements
        if bill_pay_account_number is not UNSET:
            field_dict["billPayAccountNumber"] = bill_pay_account_number
        if bill_pay_id is not UNSET:
            field_dict["billPayId"] = bill_pay_id
        if cc_account_id is not UNSET:
            field_dict["ccAccountId"] = cc_account_id
        if dc_bill_pay_account_number is not UNSET:
            field_dict["dcBillPayAccountNumber"] = dc_bill_pay_account_number
        if dc_export_account_number is not UNSET:
            field_dict["dcExportAccountNumber"] = dc_export_account_number
        if default_account_id is not UNSET:
            field_dict["defaultAccountId"] = default_account_id
        if description is not UNSET:
            field_dict["description"] = description
        if di_account_type is not UNSET:
            field_dict["diAccountType"] = di_account_type
        if display_card_number is not UNSET:
            field_dict["displayCardNumber"] = display_card_number
        if display_routing_number is not UNSET:
            field_dict["displayRoutingNumber"] = display_routing_number
        if display_primary_member_number is not UNSET:
            field_dict["displayPrimaryMemberNumber"] = display_primary_member_number
        if export_account_number is not UNSET:
            field_dict["exportAccountNumber"] = export_account_number
        if external_broker is not UNSET:
            field_dict["externalBroker"] = external_broker
        if fi_customer_id is not UNSET:
            field_dict["fiCustomerId"] = fi_customer_id
        if host_account_type is not UNSET:
            field_dict["hostAccountType"] = host_account_type
        if interest_prior_year_to_date is not UNSET:
            field_dict["interestPriorYearToDate"] = interest_prior_year_to_date
        if interest_rate is not UNSET:
            field_dict["interestRate"] = interest_rate
        if interest_year_to_date is not UNSET:
            field_dict["interestYearToDate"] = interest_year_to_date
        if interface_id is not UNSET:
            field_dict["interfaceId"] = interface_id
        if is_hybrid is not UNSET:
            field_dict["isHybrid"] = is_hybrid
        if last_deposit_amount is not UNSET:
            field_dict["lastDepositAmount"] = last_deposit_amount
        if last_dividend_amount is not UNSET:
            field_dict["lastDividendAmount"] = last_dividend_amount
        if last_interest_payment_amount is not UNSET:
            field_dict["lastInterestPaymentAmount"] = last_interest_payment_amount
        if last_interest_payment_date is not UNSET:
            field_dict["lastInterestPaymentDate"] = last_interest_payment_date
        if last_statement_cycle_date is not UNSET:
            field_dict["lastStatementCycleDate"] = last_statement_cycle_date
        if last_statement_thru_date is not UNSET:
            field_dict["lastStatementThruDate"] = last_statement_thru_date
        if micr_number is not UNSET:
            field_dict["micrNumber"] = micr_number
        if nick_name is not UNSET:
            field_dict["nickName"] = nick_name
        if non_qualified_rate is not UNSET:
            field_dict["nonQualifiedRate"] = non_qualified_rate
        if overdraft_account_num is not UNSET:
            field_dict["overdraftAccountNum"] = overdraft_account_num
        if overdraft_account_number is not UNSET:
            field_dict["overdraftAccountNumber"] = overdraft_account_number
        if overdraft_available_amount is not UNSET:
            field_dict["overdraftAvailableAmount"] = overdraft_available_amount
        if overdraft_limit is not UNSET:
            field_dict["overdraftLimit"] = overdraft_limit
        if pos_count is not UNSET:
            field_dict["posCount"] = pos_count
        if primary_holder_id is not UNSET:
            field_dict["primaryHolderId"] = primary_holder_id
        if primary_holder_alternate_id is not UNSET:
            field_dict["primaryHolderAlternateId"] = primary_holder_alternate_id
        if primary_holder_name is not UNSET:
            field_dict["primaryHolderName"] = primary_holder_name
        if reg_d_limits is not UNSET:
            field_dict["regDLimits"] = reg_d_limits
        if rewards_count is not UNSET:
            field_dict["rewardsCount"] = rewards_count
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
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
        if tpv_product_code is not UNSET:
            field_dict["tpvProductCode"] = tpv_product_code
        if tpv_reference is not UNSET:
            field_dict["tpvReference"] = tpv_reference
        if transfer_restriction is not UNSET:
            field_dict["transferRestriction"] = transfer_restriction
        if roles is not UNSET:
            field_dict["roles"] = roles

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
        from ..models.reg_d_limits_1 import RegDLimits1
        from ..models.roles import Roles

        d = dict(src_dict)
        account_hidden = d.pop("accountHidden")
        account_number = AccountNumber.from_dict(d.pop("accountNumber"))

        account_type = DIAccountType2(d.pop("accountType"))

        balance = Balance1.from_dict(d.pop("balance"))

        category = AccountCategory1(d.pop("category"))

        display_account_number = d.pop("displayAccountNumber")
        display_flag = DisplayFlag.from_dict(d.pop("displayFlag"))

        enabled = d.pop("enabled")
        fi_account_type = FIAccountType.from_dict(d.pop("fiAccountType"))

        fi_id = IdType1.from_dict(d.pop("fiId"))

        id = AccountId.from_dict(d.pop("id"))

        member_number = d.pop("memberNumber")
        ownership_type = OwnershipType(d.pop("ownershipType"))

        _account_status = d.pop("accountStatus", UNSET)
        account_status: AccountStatus2 | Unset
        if isinstance(_account_status, Unset):
            account_status = UNSET
        else:
            account_status = AccountStatus2(_account_status)

        account_status_int = d.pop("accountStatusInt", UNSET)
        _account_statuses = d.pop("accountStatuses", UNSET)
        account_statuses: AccountStatuses | Unset
        if isinstance(_account_statuses, Unset):
            account_statuses = UNSET
        else:
            account_statuses = AccountStatuses.from_dict(_account_statuses)

        ach_count = d.pop("achCount", UNSET)
        _alternate_user_identifier = d.pop("alternateUserIdentifier", UNSET)
        alternate_user_identifier: FICustomerId1 | Unset
        if isinstance(_alternate_user_identifier, Unset):
            alternate_user_identifier = UNSET
        else:
            alternate_user_identifier = FICustomerId1.from_dict(_alternate_user_identifier)

        rm_key = d.pop("rmKey", UNSET)
        _associated_members = d.pop("associatedMembers", UNSET)
        associated_members: AssociatedMembers | Unset
        if isinstance(_associated_members, Unset):
            associated_members = UNSET
        else:
            associated_members = AssociatedMembers.from_dict(_associated_members)

        as_of_date = d.pop("asOfDate", UNSET)
        _bb_entitlements = d.pop("bbEntitlements", UNSET)
        bb_entitlements: Entitlements | Unset
        if isinstance(_bb_entitlements, Unset):
            bb_entitlements = UNSET
        else:
            bb_entitlements = Entitlements.from_dict(_bb_entitlements)

        bill_pay_account_number = d.pop("billPayAccountNumber", UNSET)
        _bill_pay_id = d.pop("billPayId", UNSET)
        bill_pay_id: AccountId | Unset
        if isinstance(_bill_pay_id, Unset):
            bill_pay_id = UNSET
        else:
            bill_pay_id = AccountId.from_dict(_bill_pay_id)

        cc_account_id = d.pop("ccAccountId", UNSET)
        dc_bill_pay_account_number = d.pop("dcBillPayAccountNumber", UNSET)
        dc_export_account_number = d.pop("dcExportAccountNumber", UNSET)
        _default_account_id = d.pop("defaultAccountId", UNSET)
        default_account_id: AccountId | Unset
        if isinstance(_default_account_id, Unset):
            default_account_id = UNSET
        else:
            default_account_id = AccountId.from_dict(_default_account_id)

        description = d.pop("description", UNSET)
        di_account_type = d.pop("diAccountType", UNSET)
        display_card_number = d.pop("displayCardNumber", UNSET)
        display_routing_number = d.pop("displayRoutingNumber", UNSET)
        display_primary_member_number = d.pop("displayPrimaryMemberNumber", UNSET)
        export_account_number = d.pop("exportAccountNumber", UNSET)
        external_broker = d.pop("externalBroker", UNSET)
        _fi_customer_id = d.pop("fiCustomerId", UNSET)
        fi_customer_id: FICustomerId1 | Unset
        if isinstance(_fi_customer_id, Unset):
            fi_customer_id = UNSET
        else:
            fi_customer_id = FICustomerId1.from_dict(_fi_customer_id)

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

        _interest_year_to_date = d.pop("interestYearToDate", UNSET)
        interest_year_to_date: Money | Unset
        if isinstance(_interest_year_to_date, Unset):
            interest_year_to_date = UNSET
        else:
            interest_year_to_date = Money.from_dict(_interest_year_to_date)

        interface_id = d.pop("interfaceId", UNSET)
        is_hybrid = d.pop("isHybrid", UNSET)
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

        last_interest_payment_date = d.pop("lastInterestPaymentDate", UNSET)
        last_statement_cycle_date = d.pop("lastStatementCycleDate", UNSET)
        last_statement_thru_date = d.pop("lastStatementThruDate", UNSET)
        micr_number = d.pop("micrNumber", UNSET)
        nick_name = d.pop("nickName", UNSET)
        _non_qualified_rate = d.pop("nonQualifiedRate", UNSET)
        non_qualified_rate: Decimal | Unset
        if isinstance(_non_qualified_rate, Unset):
            non_qualified_rate = UNSET
        else:
            non_qualified_rate = to_decimal(_non_qualified_rate)

        _overdraft_account_num = d.pop("overdraftAccountNum", UNSET)
        overdraft_account_num: AccountNumber | Unset
        if isinstance(_overdraft_account_num, Unset):
            overdraft_account_num = UNSET
        else:
            overdraft_account_num = AccountNumber.from_dict(_overdraft_account_num)

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

        pos_count = d.pop("posCount", UNSET)
        _primary_holder_id = d.pop("primaryHolderId", UNSET)
        primary_holder_id: FICustomerId1 | Unset
        if isinstance(_primary_holder_id, Unset):
            primary_holder_id = UNSET
        else:
            primary_holder_id = FICustomerId1.from_dict(_primary_holder_id)

        _primary_holder_alternate_id = d.pop("primaryHolderAlternateId", UNSET)
        primary_holder_alternate_id: FICustomerId1 | Unset
        if isinstance(_primary_holder_alternate_id, Unset):
            primary_holder_alternate_id = UNSET
        else:
            primary_holder_alternate_id = FICustomerId1.from_dict(_primary_holder_alternate_id)

        primary_holder_name = d.pop("primaryHolderName", UNSET)
        _reg_d_limits = d.pop("regDLimits", UNSET)
        reg_d_limits: RegDLimits1 | Unset
        if isinstance(_reg_d_limits, Unset):
            reg_d_limits = UNSET
        else:
            reg_d_limits = RegDLimits1.from_dict(_reg_d_limits)

        rewards_count = d.pop("rewardsCount", UNSET)
        routing_number = d.pop("routingNumber", UNSET)
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

        tpv_product_code = d.pop("tpvProductCode", UNSET)
        tpv_reference = d.pop("tpvReference", UNSET)
        _transfer_restriction = d.pop("transferRestriction", UNSET)
        transfer_restriction: TransferRestriction | Unset
        if isinstance(_transfer_restriction, Unset):
            transfer_restriction = UNSET
        else:
            transfer_restriction = TransferRestriction(_transfer_restriction)

        _roles = d.pop("roles", UNSET)
        roles: Roles | Unset
        if isinstance(_roles, Unset):
            roles = UNSET
        else:
            roles = Roles.from_dict(_roles)

        account_1 = cls(
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
            account_status_int=account_status_int,
            account_statuses=account_statuses,
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
            description=description,
            di_account_type=di_account_type,
            display_card_number=display_card_number,
            display_routing_number=display_routing_number,
            display_primary_member_number=display_primary_member_number,
            export_account_number=export_account_number,
            external_broker=external_broker,
            fi_customer_id=fi_customer_id,
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
        )

        account_1.additional_properties = d
        return account_1
