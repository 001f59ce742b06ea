from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_category_1 import AccountCategory1
from ..models.account_status_2 import AccountStatus2
from ..models.di_account_type_2 import DIAccountType2
from ..models.ownership_type import OwnershipType
from ..models.payment_rule_type import PaymentRuleType
from ..models.term_type_1 import TermType1
from ..models.transfer_restriction import TransferRestriction
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, parse_date, refuse_float, to_decimal, xml_text

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
    from ..models.host_promotions import HostPromotions
    from ..models.id_type_1 import IdType1
    from ..models.money import Money
    from ..models.reg_d_limits_1 import RegDLimits1
    from ..models.roles import Roles


T = TypeVar("T", bound="TieredLoanAccount")


@_attrs_define
class TieredLoanAccount(_Model):
    """A legacy tiered loan (category TIERED_LOAN): a loan that is one tier of a credit line.

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
        next_payment_amount (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        next_payment_date (str): When the next payment is due, as text: a date with a UTC offset, e.g. 2025-03-25-07:00.
        loan_note_number (str): The institution's note number of the loan.
        note_number (str): Another note number of the loan.
        pay_off_amount (Money): The amount that pays the loan off, as the host reports it.
        calculated_pay_off_amount (Money): The pay-off amount as the platform computes it from balances and interest.
        pay_off_date (str): Until when payOffAmount holds, as text: a date with a UTC offset, e.g. 2025-03-25-07:00.
        minimum_payment (Money): The least that must be paid this period.
        line_of_credit_limit (Money): Credit lines and cards: the credit limit.
        escrow_interest (Money): Interest on the escrow, as the host reports it.
        escrow_tax_due_date (str): When the escrowed tax is due, as text: a date with a UTC offset, e.g.
            2025-03-25-07:00.
        escrow_year_to_date (Money): Escrow interest so far this calendar year.
        escrow_prior_year_to_date (Money): Escrow interest of the previous calendar year.
        maturity_date (datetime.date): When the loan's term ends: a date, which the platform writes with a UTC offset
            (2026-02-07-08:00).
        loan_origination_date (str): When the loan was made, as text: a date with a UTC offset, e.g. 2025-03-25-07:00.
        term (int): The term's length, in termType units.
        term_type (TermType1): The term's unit.
        past_principal_due_date (str): When an overdue principal payment was due, as text: a date with a UTC offset,
            e.g. 2025-03-25-07:00.
        late_charges_due (Money): Late charges now due.
        last_principal_payment_amount (Money): The principal part of the latest payment.
        principal_interest_15_year_term_amount (Money): The principal-and-interest figure for a 15-year term
            (mortgages), when the host gives one.
        payment_rule (PaymentRuleType): How a payment must compare with the regular payment: EQUAL_OR_LESS_LPAY (at
            most), EQUAL_LPAY (exactly) or EQUAL_OR_MORE_LPAY (at least).
        original_loan_amount (Money): The principal first lent.
        issue_date (str): When the loan was funded, as text: a date with a UTC offset, e.g. 2025-03-25-07:00.
        delinquency_amount (Money): The amount now delinquent.
        past_due_interest_amount (Money): Interest past due.
        past_due_principal (Money): Principal past due.
        accrued_interest (Money): Interest owed so far that has not been billed yet.
        cash_advance_limit (Money): Cards: the most that may be taken as cash advances.
        available_cash_advance (Money): Cards: what is still available as cash advances.
        ach_id (str): The account's ACH id.
        host_promotions (HostPromotions): Cards: promotional balances and their rates.
        credit_line_number (str): The credit line the tier belongs to.
        master_account_number (str): The number of the credit line's master account.
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
    next_payment_amount: Money | None = None
    next_payment_date: str | None = None
    loan_note_number: str | None = None
    note_number: str | None = None
    pay_off_amount: Money | None = None
    calculated_pay_off_amount: Money | None = None
    pay_off_date: str | None = None
    minimum_payment: Money | None = None
    line_of_credit_limit: Money | None = None
    escrow_interest: Money | None = None
    escrow_tax_due_date: str | None = None
    escrow_year_to_date: Money | None = None
    escrow_prior_year_to_date: Money | None = None
    maturity_date: datetime.date | None = None
    loan_origination_date: str | None = None
    term: int | None = None
    term_type: TermType1 | None = None
    past_principal_due_date: str | None = None
    late_charges_due: Money | None = None
    last_principal_payment_amount: Money | None = None
    principal_interest_15_year_term_amount: Money | None = None
    payment_rule: PaymentRuleType | None = None
    original_loan_amount: Money | None = None
    issue_date: str | None = None
    delinquency_amount: Money | None = None
    past_due_interest_amount: Money | None = None
    past_due_principal: Money | None = None
    accrued_interest: Money | None = None
    cash_advance_limit: Money | None = None
    available_cash_advance: Money | None = None
    ach_id: str | None = None
    host_promotions: HostPromotions | None = None
    credit_line_number: str | None = None
    master_account_number: str | None = None
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
        if self.next_payment_amount is not None:
            next_payment_amount = self.next_payment_amount.to_dict()
            field_dict["nextPaymentAmount"] = next_payment_amount
        if self.next_payment_date is not None:
            next_payment_date = self.next_payment_date
            field_dict["nextPaymentDate"] = next_payment_date
        if self.loan_note_number is not None:
            loan_note_number = self.loan_note_number
            field_dict["loanNoteNumber"] = loan_note_number
        if self.note_number is not None:
            note_number = self.note_number
            field_dict["noteNumber"] = note_number
        if self.pay_off_amount is not None:
            pay_off_amount = self.pay_off_amount.to_dict()
            field_dict["payOffAmount"] = pay_off_amount
        if self.calculated_pay_off_amount is not None:
            calculated_pay_off_amount = self.calculated_pay_off_amount.to_dict()
            field_dict["calculatedPayOffAmount"] = calculated_pay_off_amount
        if self.pay_off_date is not None:
            pay_off_date = self.pay_off_date
            field_dict["payOffDate"] = pay_off_date
        if self.minimum_payment is not None:
            minimum_payment = self.minimum_payment.to_dict()
            field_dict["minimumPayment"] = minimum_payment
        if self.line_of_credit_limit is not None:
            line_of_credit_limit = self.line_of_credit_limit.to_dict()
            field_dict["lineOfCreditLimit"] = line_of_credit_limit
        if self.escrow_interest is not None:
            escrow_interest = self.escrow_interest.to_dict()
            field_dict["escrowInterest"] = escrow_interest
        if self.escrow_tax_due_date is not None:
            escrow_tax_due_date = self.escrow_tax_due_date
            field_dict["escrowTaxDueDate"] = escrow_tax_due_date
        if self.escrow_year_to_date is not None:
            escrow_year_to_date = self.escrow_year_to_date.to_dict()
            field_dict["escrowYearToDate"] = escrow_year_to_date
        if self.escrow_prior_year_to_date is not None:
            escrow_prior_year_to_date = self.escrow_prior_year_to_date.to_dict()
            field_dict["escrowPriorYearToDate"] = escrow_prior_year_to_date
        if self.maturity_date is not None:
            maturity_date = self.maturity_date.isoformat()
            field_dict["maturityDate"] = maturity_date
        if self.loan_origination_date is not None:
            loan_origination_date = self.loan_origination_date
            field_dict["loanOriginationDate"] = loan_origination_date
        if self.term is not None:
            term = self.term
            field_dict["term"] = term
        if self.term_type is not None:
            term_type = TermType1(self.term_type).value
            field_dict["termType"] = term_type
        if self.past_principal_due_date is not None:
            past_principal_due_date = self.past_principal_due_date
            field_dict["pastPrincipalDueDate"] = past_principal_due_date
        if self.late_charges_due is not None:
            late_charges_due = self.late_charges_due.to_dict()
            field_dict["lateChargesDue"] = late_charges_due
        if self.last_principal_payment_amount is not None:
            last_principal_payment_amount = self.last_principal_payment_amount.to_dict()
            field_dict["lastPrincipalPaymentAmount"] = last_principal_payment_amount
        if self.principal_interest_15_year_term_amount is not None:
            principal_interest_15_year_term_amount = self.principal_interest_15_year_term_amount.to_dict()
            field_dict["principalInterest15YearTermAmount"] = principal_interest_15_year_term_amount
        if self.payment_rule is not None:
            payment_rule = PaymentRuleType(self.payment_rule).value
            field_dict["paymentRule"] = payment_rule
        if self.original_loan_amount is not None:
            original_loan_amount = self.original_loan_amount.to_dict()
            field_dict["originalLoanAmount"] = original_loan_amount
        if self.issue_date is not None:
            issue_date = self.issue_date
            field_dict["issueDate"] = issue_date
        if self.delinquency_amount is not None:
            delinquency_amount = self.delinquency_amount.to_dict()
            field_dict["delinquencyAmount"] = delinquency_amount
        if self.past_due_interest_amount is not None:
            past_due_interest_amount = self.past_due_interest_amount.to_dict()
            field_dict["pastDueInterestAmount"] = past_due_interest_amount
        if self.past_due_principal is not None:
            past_due_principal = self.past_due_principal.to_dict()
            field_dict["pastDuePrincipal"] = past_due_principal
        if self.accrued_interest is not None:
            accrued_interest = self.accrued_interest.to_dict()
            field_dict["accruedInterest"] = accrued_interest
        if self.cash_advance_limit is not None:
            cash_advance_limit = self.cash_advance_limit.to_dict()
            field_dict["cashAdvanceLimit"] = cash_advance_limit
        if self.available_cash_advance is not None:
            available_cash_advance = self.available_cash_advance.to_dict()
            field_dict["availableCashAdvance"] = available_cash_advance
        if self.ach_id is not None:
            ach_id = self.ach_id
            field_dict["achId"] = ach_id
        if self.host_promotions is not None:
            host_promotions = self.host_promotions.to_dict()
            field_dict["hostPromotions"] = host_promotions
        if self.credit_line_number is not None:
            credit_line_number = self.credit_line_number
            field_dict["creditLineNumber"] = credit_line_number
        if self.master_account_number is not None:
            master_account_number = self.master_account_number
            field_dict["masterAccountNumber"] = master_account_number

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
        from ..models.host_promotions import HostPromotions
        from ..models.id_type_1 import IdType1
        from ..models.money import Money
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

        _next_payment_amount = d.pop("nextPaymentAmount", None)
        next_payment_amount: Money | None = None
        if _next_payment_amount is not None:
            next_payment_amount = Money.from_dict(_next_payment_amount)

        _next_payment_date = xml_text(d.pop("nextPaymentDate", None))
        next_payment_date: str | None = None
        if _next_payment_date is not None:
            next_payment_date = _next_payment_date
        _loan_note_number = xml_text(d.pop("loanNoteNumber", None))
        loan_note_number: str | None = None
        if _loan_note_number is not None:
            loan_note_number = _loan_note_number
        _note_number = xml_text(d.pop("noteNumber", None))
        note_number: str | None = None
        if _note_number is not None:
            note_number = _note_number
        _pay_off_amount = d.pop("payOffAmount", None)
        pay_off_amount: Money | None = None
        if _pay_off_amount is not None:
            pay_off_amount = Money.from_dict(_pay_off_amount)

        _calculated_pay_off_amount = d.pop("calculatedPayOffAmount", None)
        calculated_pay_off_amount: Money | None = None
        if _calculated_pay_off_amount is not None:
            calculated_pay_off_amount = Money.from_dict(_calculated_pay_off_amount)

        _pay_off_date = xml_text(d.pop("payOffDate", None))
        pay_off_date: str | None = None
        if _pay_off_date is not None:
            pay_off_date = _pay_off_date
        _minimum_payment = d.pop("minimumPayment", None)
        minimum_payment: Money | None = None
        if _minimum_payment is not None:
            minimum_payment = Money.from_dict(_minimum_payment)

        _line_of_credit_limit = d.pop("lineOfCreditLimit", None)
        line_of_credit_limit: Money | None = None
        if _line_of_credit_limit is not None:
            line_of_credit_limit = Money.from_dict(_line_of_credit_limit)

        _escrow_interest = d.pop("escrowInterest", None)
        escrow_interest: Money | None = None
        if _escrow_interest is not None:
            escrow_interest = Money.from_dict(_escrow_interest)

        _escrow_tax_due_date = xml_text(d.pop("escrowTaxDueDate", None))
        escrow_tax_due_date: str | None = None
        if _escrow_tax_due_date is not None:
            escrow_tax_due_date = _escrow_tax_due_date
        _escrow_year_to_date = d.pop("escrowYearToDate", None)
        escrow_year_to_date: Money | None = None
        if _escrow_year_to_date is not None:
            escrow_year_to_date = Money.from_dict(_escrow_year_to_date)

        _escrow_prior_year_to_date = d.pop("escrowPriorYearToDate", None)
        escrow_prior_year_to_date: Money | None = None
        if _escrow_prior_year_to_date is not None:
            escrow_prior_year_to_date = Money.from_dict(_escrow_prior_year_to_date)

        _maturity_date = xml_text(d.pop("maturityDate", None))
        maturity_date: datetime.date | None = None
        if _maturity_date is not None:
            maturity_date = parse_date(_maturity_date)

        _loan_origination_date = xml_text(d.pop("loanOriginationDate", None))
        loan_origination_date: str | None = None
        if _loan_origination_date is not None:
            loan_origination_date = _loan_origination_date
        _term = xml_text(d.pop("term", None))
        term: int | None = None
        if _term is not None:
            term = _term
        _term_type = xml_text(d.pop("termType", None))
        term_type: TermType1 | None = None
        if _term_type is not None:
            term_type = TermType1(_term_type)

        _past_principal_due_date = xml_text(d.pop("pastPrincipalDueDate", None))
        past_principal_due_date: str | None = None
        if _past_principal_due_date is not None:
            past_principal_due_date = _past_principal_due_date
        _late_charges_due = d.pop("lateChargesDue", None)
        late_charges_due: Money | None = None
        if _late_charges_due is not None:
            late_charges_due = Money.from_dict(_late_charges_due)

        _last_principal_payment_amount = d.pop("lastPrincipalPaymentAmount", None)
        last_principal_payment_amount: Money | None = None
        if _last_principal_payment_amount is not None:
            last_principal_payment_amount = Money.from_dict(_last_principal_payment_amount)

        _principal_interest_15_year_term_amount = d.pop("principalInterest15YearTermAmount", None)
        principal_interest_15_year_term_amount: Money | None = None
        if _principal_interest_15_year_term_amount is not None:
            principal_interest_15_year_term_amount = Money.from_dict(_principal_interest_15_year_term_amount)

        _payment_rule = xml_text(d.pop("paymentRule", None))
        payment_rule: PaymentRuleType | None = None
        if _payment_rule is not None:
            payment_rule = PaymentRuleType(_payment_rule)

        _original_loan_amount = d.pop("originalLoanAmount", None)
        original_loan_amount: Money | None = None
        if _original_loan_amount is not None:
            original_loan_amount = Money.from_dict(_original_loan_amount)

        _issue_date = xml_text(d.pop("issueDate", None))
        issue_date: str | None = None
        if _issue_date is not None:
            issue_date = _issue_date
        _delinquency_amount = d.pop("delinquencyAmount", None)
        delinquency_amount: Money | None = None
        if _delinquency_amount is not None:
            delinquency_amount = Money.from_dict(_delinquency_amount)

        _past_due_interest_amount = d.pop("pastDueInterestAmount", None)
        past_due_interest_amount: Money | None = None
        if _past_due_interest_amount is not None:
            past_due_interest_amount = Money.from_dict(_past_due_interest_amount)

        _past_due_principal = d.pop("pastDuePrincipal", None)
        past_due_principal: Money | None = None
        if _past_due_principal is not None:
            past_due_principal = Money.from_dict(_past_due_principal)

        _accrued_interest = d.pop("accruedInterest", None)
        accrued_interest: Money | None = None
        if _accrued_interest is not None:
            accrued_interest = Money.from_dict(_accrued_interest)

        _cash_advance_limit = d.pop("cashAdvanceLimit", None)
        cash_advance_limit: Money | None = None
        if _cash_advance_limit is not None:
            cash_advance_limit = Money.from_dict(_cash_advance_limit)

        _available_cash_advance = d.pop("availableCashAdvance", None)
        available_cash_advance: Money | None = None
        if _available_cash_advance is not None:
            available_cash_advance = Money.from_dict(_available_cash_advance)

        _ach_id = xml_text(d.pop("achId", None))
        ach_id: str | None = None
        if _ach_id is not None:
            ach_id = _ach_id
        _host_promotions = d.pop("hostPromotions", None)
        host_promotions: HostPromotions | None = None
        if _host_promotions is not None:
            host_promotions = HostPromotions.from_dict(_host_promotions)

        _credit_line_number = xml_text(d.pop("creditLineNumber", None))
        credit_line_number: str | None = None
        if _credit_line_number is not None:
            credit_line_number = _credit_line_number
        _master_account_number = xml_text(d.pop("masterAccountNumber", None))
        master_account_number: str | None = None
        if _master_account_number is not None:
            master_account_number = _master_account_number
        tiered_loan_account = cls(
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
            next_payment_amount=next_payment_amount,
            next_payment_date=next_payment_date,
            loan_note_number=loan_note_number,
            note_number=note_number,
            pay_off_amount=pay_off_amount,
            calculated_pay_off_amount=calculated_pay_off_amount,
            pay_off_date=pay_off_date,
            minimum_payment=minimum_payment,
            line_of_credit_limit=line_of_credit_limit,
            escrow_interest=escrow_interest,
            escrow_tax_due_date=escrow_tax_due_date,
            escrow_year_to_date=escrow_year_to_date,
            escrow_prior_year_to_date=escrow_prior_year_to_date,
            maturity_date=maturity_date,
            loan_origination_date=loan_origination_date,
            term=term,
            term_type=term_type,
            past_principal_due_date=past_principal_due_date,
            late_charges_due=late_charges_due,
            last_principal_payment_amount=last_principal_payment_amount,
            principal_interest_15_year_term_amount=principal_interest_15_year_term_amount,
            payment_rule=payment_rule,
            original_loan_amount=original_loan_amount,
            issue_date=issue_date,
            delinquency_amount=delinquency_amount,
            past_due_interest_amount=past_due_interest_amount,
            past_due_principal=past_due_principal,
            accrued_interest=accrued_interest,
            cash_advance_limit=cash_advance_limit,
            available_cash_advance=available_cash_advance,
            ach_id=ach_id,
            host_promotions=host_promotions,
            credit_line_number=credit_line_number,
            master_account_number=master_account_number,
        )

        tiered_loan_account.additional_properties = d
        return tiered_loan_account
