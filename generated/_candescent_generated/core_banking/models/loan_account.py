from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.account_category_1 import AccountCategory1
from ..models.account_status_2 import AccountStatus2
from ..models.di_account_type_2 import DIAccountType2
from ..models.ownership_type import OwnershipType
from ..models.payment_rule_type import PaymentRuleType
from ..models.term_type_1 import TermType1
from ..models.transfer_restriction import TransferRestriction
from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    enum_member,
    keys_only,
    known_date,
    parse_date,
    refuse_float,
    to_decimal,
    xml_text,
)

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "accountHidden",
        "accountNumber",
        "accountType",
        "balance",
        "category",
        "displayAccountNumber",
        "displayFlag",
        "enabled",
        "fiAccountType",
        "fiId",
        "id",
        "memberNumber",
        "ownershipType",
        "accountStatus",
        "accountStatuses",
        "description",
        "fiCustomerId",
        "accountStatusInt",
        "achCount",
        "alternateUserIdentifier",
        "rmKey",
        "associatedMembers",
        "asOfDate",
        "bbEntitlements",
        "billPayAccountNumber",
        "billPayId",
        "ccAccountId",
        "dcBillPayAccountNumber",
        "dcExportAccountNumber",
        "defaultAccountId",
        "diAccountType",
        "displayCardNumber",
        "displayRoutingNumber",
        "displayPrimaryMemberNumber",
        "exportAccountNumber",
        "externalBroker",
        "hostAccountType",
        "interestPriorYearToDate",
        "interestRate",
        "interestYearToDate",
        "interfaceId",
        "isHybrid",
        "lastDepositAmount",
        "lastDividendAmount",
        "lastInterestPaymentAmount",
        "lastInterestPaymentDate",
        "lastStatementCycleDate",
        "lastStatementThruDate",
        "micrNumber",
        "nickName",
        "nonQualifiedRate",
        "overdraftAccountNum",
        "overdraftAccountNumber",
        "overdraftAvailableAmount",
        "overdraftLimit",
        "posCount",
        "primaryHolderId",
        "primaryHolderAlternateId",
        "primaryHolderName",
        "regDLimits",
        "rewardsCount",
        "routingNumber",
        "taxPriorYearToDate",
        "taxYearToDate",
        "tier1BalanceDesc",
        "tier1QualifiedRate",
        "tier2BalanceDesc",
        "tier2QualifiedRate",
        "totalFundsAvailable",
        "tpvProductCode",
        "tpvReference",
        "transferRestriction",
        "roles",
        "nextPaymentAmount",
        "nextPaymentDate",
        "loanNoteNumber",
        "noteNumber",
        "payOffAmount",
        "calculatedPayOffAmount",
        "payOffDate",
        "minimumPayment",
        "lineOfCreditLimit",
        "escrowInterest",
        "escrowTaxDueDate",
        "escrowYearToDate",
        "escrowPriorYearToDate",
        "maturityDate",
        "loanOriginationDate",
        "term",
        "termType",
        "pastPrincipalDueDate",
        "lateChargesDue",
        "lastPrincipalPaymentAmount",
        "principalInterest15YearTermAmount",
        "paymentRule",
        "originalLoanAmount",
        "issueDate",
        "delinquencyAmount",
        "pastDueInterestAmount",
        "pastDuePrincipal",
        "accruedInterest",
        "cashAdvanceLimit",
        "availableCashAdvance",
        "achId",
        "hostPromotions",
    }
)


@_attrs_define
class LoanAccount(_Model):
    """A legacy loan or card account (category LOAN).

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
        if self.next_payment_amount is not None:
            field_dict["nextPaymentAmount"] = self.next_payment_amount.to_dict()
        if self.next_payment_date is not None:
            field_dict["nextPaymentDate"] = self.next_payment_date
        if self.loan_note_number is not None:
            field_dict["loanNoteNumber"] = self.loan_note_number
        if self.note_number is not None:
            field_dict["noteNumber"] = self.note_number
        if self.pay_off_amount is not None:
            field_dict["payOffAmount"] = self.pay_off_amount.to_dict()
        if self.calculated_pay_off_amount is not None:
            field_dict["calculatedPayOffAmount"] = self.calculated_pay_off_amount.to_dict()
        if self.pay_off_date is not None:
            field_dict["payOffDate"] = self.pay_off_date
        if self.minimum_payment is not None:
            field_dict["minimumPayment"] = self.minimum_payment.to_dict()
        if self.line_of_credit_limit is not None:
            field_dict["lineOfCreditLimit"] = self.line_of_credit_limit.to_dict()
        if self.escrow_interest is not None:
            field_dict["escrowInterest"] = self.escrow_interest.to_dict()
        if self.escrow_tax_due_date is not None:
            field_dict["escrowTaxDueDate"] = self.escrow_tax_due_date
        if self.escrow_year_to_date is not None:
            field_dict["escrowYearToDate"] = self.escrow_year_to_date.to_dict()
        if self.escrow_prior_year_to_date is not None:
            field_dict["escrowPriorYearToDate"] = self.escrow_prior_year_to_date.to_dict()
        if self.maturity_date is not None:
            field_dict["maturityDate"] = self.maturity_date.isoformat()
        if self.loan_origination_date is not None:
            field_dict["loanOriginationDate"] = self.loan_origination_date
        if self.term is not None:
            field_dict["term"] = self.term
        if self.term_type is not None:
            field_dict["termType"] = TermType1(self.term_type).value
        if self.past_principal_due_date is not None:
            field_dict["pastPrincipalDueDate"] = self.past_principal_due_date
        if self.late_charges_due is not None:
            field_dict["lateChargesDue"] = self.late_charges_due.to_dict()
        if self.last_principal_payment_amount is not None:
            field_dict["lastPrincipalPaymentAmount"] = self.last_principal_payment_amount.to_dict()
        if self.principal_interest_15_year_term_amount is not None:
            field_dict["principalInterest15YearTermAmount"] = self.principal_interest_15_year_term_amount.to_dict()
        if self.payment_rule is not None:
            field_dict["paymentRule"] = PaymentRuleType(self.payment_rule).value
        if self.original_loan_amount is not None:
            field_dict["originalLoanAmount"] = self.original_loan_amount.to_dict()
        if self.issue_date is not None:
            field_dict["issueDate"] = self.issue_date
        if self.delinquency_amount is not None:
            field_dict["delinquencyAmount"] = self.delinquency_amount.to_dict()
        if self.past_due_interest_amount is not None:
            field_dict["pastDueInterestAmount"] = self.past_due_interest_amount.to_dict()
        if self.past_due_principal is not None:
            field_dict["pastDuePrincipal"] = self.past_due_principal.to_dict()
        if self.accrued_interest is not None:
            field_dict["accruedInterest"] = self.accrued_interest.to_dict()
        if self.cash_advance_limit is not None:
            field_dict["cashAdvanceLimit"] = self.cash_advance_limit.to_dict()
        if self.available_cash_advance is not None:
            field_dict["availableCashAdvance"] = self.available_cash_advance.to_dict()
        if self.ach_id is not None:
            field_dict["achId"] = self.ach_id
        if self.host_promotions is not None:
            field_dict["hostPromotions"] = self.host_promotions.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _set_account_hidden(_self, xml_text(src_dict["accountHidden"]))
        _set_account_number(_self, AccountNumber.from_dict(src_dict["accountNumber"]))
        _set_account_type(_self, enum_member(DIAccountType2, xml_text(src_dict["accountType"])))
        _set_balance(_self, Balance1.from_dict(src_dict["balance"]))
        _set_category(_self, enum_member(AccountCategory1, xml_text(src_dict["category"])))
        _set_display_account_number(_self, xml_text(src_dict["displayAccountNumber"]))
        _set_display_flag(_self, DisplayFlag.from_dict(src_dict["displayFlag"]))
        _set_enabled(_self, xml_text(src_dict["enabled"]))
        _set_fi_account_type(_self, FIAccountType.from_dict(src_dict["fiAccountType"]))
        _set_fi_id(_self, IdType1.from_dict(src_dict["fiId"]))
        _set_id(_self, AccountId.from_dict(src_dict["id"]))
        _set_member_number(_self, xml_text(src_dict["memberNumber"]))
        _set_ownership_type(_self, enum_member(OwnershipType, xml_text(src_dict["ownershipType"])))
        _set_account_status(_self, enum_member(AccountStatus2, xml_text(src_dict["accountStatus"])))
        _set_account_statuses(_self, AccountStatuses.from_dict(src_dict["accountStatuses"]))
        _set_description(_self, xml_text(src_dict["description"]))
        _set_fi_customer_id(_self, FICustomerId1.from_dict(src_dict["fiCustomerId"]))
        _set_account_status_int(_self, xml_text(src_dict.get("accountStatusInt")))
        _set_ach_count(_self, xml_text(src_dict.get("achCount")))
        _set_alternate_user_identifier(
            _self, None if (v := src_dict.get("alternateUserIdentifier")) is None else FICustomerId1.from_dict(v)
        )
        _set_rm_key(_self, xml_text(src_dict.get("rmKey")))
        _set_associated_members(
            _self, None if (v := src_dict.get("associatedMembers")) is None else AssociatedMembers.from_dict(v)
        )
        _set_as_of_date(_self, xml_text(src_dict.get("asOfDate")))
        _set_bb_entitlements(
            _self, None if (v := src_dict.get("bbEntitlements")) is None else Entitlements.from_dict(v)
        )
        _set_bill_pay_account_number(_self, xml_text(src_dict.get("billPayAccountNumber")))
        _set_bill_pay_id(_self, None if (v := src_dict.get("billPayId")) is None else AccountId.from_dict(v))
        _set_cc_account_id(_self, xml_text(src_dict.get("ccAccountId")))
        _set_dc_bill_pay_account_number(_self, xml_text(src_dict.get("dcBillPayAccountNumber")))
        _set_dc_export_account_number(_self, xml_text(src_dict.get("dcExportAccountNumber")))
        _set_default_account_id(
            _self, None if (v := src_dict.get("defaultAccountId")) is None else AccountId.from_dict(v)
        )
        _set_di_account_type(_self, xml_text(src_dict.get("diAccountType")))
        _set_display_card_number(_self, xml_text(src_dict.get("displayCardNumber")))
        _set_display_routing_number(_self, xml_text(src_dict.get("displayRoutingNumber")))
        _set_display_primary_member_number(_self, xml_text(src_dict.get("displayPrimaryMemberNumber")))
        _set_export_account_number(_self, xml_text(src_dict.get("exportAccountNumber")))
        _set_external_broker(_self, xml_text(src_dict.get("externalBroker")))
        _set_host_account_type(_self, xml_text(src_dict.get("hostAccountType")))
        _set_interest_prior_year_to_date(
            _self, None if (v := src_dict.get("interestPriorYearToDate")) is None else Money.from_dict(v)
        )
        _set_interest_rate(_self, None if (v := xml_text(src_dict.get("interestRate"))) is None else to_decimal(v))
        _set_interest_year_to_date(
            _self, None if (v := src_dict.get("interestYearToDate")) is None else Money.from_dict(v)
        )
        _set_interface_id(_self, xml_text(src_dict.get("interfaceId")))
        _set_is_hybrid(_self, xml_text(src_dict.get("isHybrid")))
        _set_last_deposit_amount(
            _self, None if (v := src_dict.get("lastDepositAmount")) is None else Money.from_dict(v)
        )
        _set_last_dividend_amount(
            _self, None if (v := src_dict.get("lastDividendAmount")) is None else Money.from_dict(v)
        )
        _set_last_interest_payment_amount(
            _self, None if (v := src_dict.get("lastInterestPaymentAmount")) is None else Money.from_dict(v)
        )
        _set_last_interest_payment_date(_self, xml_text(src_dict.get("lastInterestPaymentDate")))
        _set_last_statement_cycle_date(_self, xml_text(src_dict.get("lastStatementCycleDate")))
        _set_last_statement_thru_date(_self, xml_text(src_dict.get("lastStatementThruDate")))
        _set_micr_number(_self, xml_text(src_dict.get("micrNumber")))
        _set_nick_name(_self, xml_text(src_dict.get("nickName")))
        _set_non_qualified_rate(
            _self, None if (v := xml_text(src_dict.get("nonQualifiedRate"))) is None else to_decimal(v)
        )
        _set_overdraft_account_num(
            _self, None if (v := src_dict.get("overdraftAccountNum")) is None else AccountNumber.from_dict(v)
        )
        _set_overdraft_account_number(_self, xml_text(src_dict.get("overdraftAccountNumber")))
        _set_overdraft_available_amount(
            _self, None if (v := src_dict.get("overdraftAvailableAmount")) is None else Money.from_dict(v)
        )
        _set_overdraft_limit(_self, None if (v := src_dict.get("overdraftLimit")) is None else Money.from_dict(v))
        _set_pos_count(_self, xml_text(src_dict.get("posCount")))
        _set_primary_holder_id(
            _self, None if (v := src_dict.get("primaryHolderId")) is None else FICustomerId1.from_dict(v)
        )
        _set_primary_holder_alternate_id(
            _self, None if (v := src_dict.get("primaryHolderAlternateId")) is None else FICustomerId1.from_dict(v)
        )
        _set_primary_holder_name(_self, xml_text(src_dict.get("primaryHolderName")))
        _set_reg_d_limits(_self, None if (v := src_dict.get("regDLimits")) is None else RegDLimits1.from_dict(v))
        _set_rewards_count(_self, xml_text(src_dict.get("rewardsCount")))
        _set_routing_number(_self, xml_text(src_dict.get("routingNumber")))
        _set_tax_prior_year_to_date(
            _self, None if (v := src_dict.get("taxPriorYearToDate")) is None else Money.from_dict(v)
        )
        _set_tax_year_to_date(_self, None if (v := src_dict.get("taxYearToDate")) is None else Money.from_dict(v))
        _set_tier_1_balance_desc(_self, xml_text(src_dict.get("tier1BalanceDesc")))
        _set_tier_1_qualified_rate(
            _self, None if (v := xml_text(src_dict.get("tier1QualifiedRate"))) is None else to_decimal(v)
        )
        _set_tier_2_balance_desc(_self, xml_text(src_dict.get("tier2BalanceDesc")))
        _set_tier_2_qualified_rate(
            _self, None if (v := xml_text(src_dict.get("tier2QualifiedRate"))) is None else to_decimal(v)
        )
        _set_total_funds_available(
            _self, None if (v := src_dict.get("totalFundsAvailable")) is None else Money.from_dict(v)
        )
        _set_tpv_product_code(_self, xml_text(src_dict.get("tpvProductCode")))
        _set_tpv_reference(_self, xml_text(src_dict.get("tpvReference")))
        _set_transfer_restriction(
            _self,
            None
            if (v := xml_text(src_dict.get("transferRestriction"))) is None
            else enum_member(TransferRestriction, v),
        )
        _set_roles(_self, None if (v := src_dict.get("roles")) is None else Roles.from_dict(v))
        _set_next_payment_amount(
            _self, None if (v := src_dict.get("nextPaymentAmount")) is None else Money.from_dict(v)
        )
        _set_next_payment_date(_self, xml_text(src_dict.get("nextPaymentDate")))
        _set_loan_note_number(_self, xml_text(src_dict.get("loanNoteNumber")))
        _set_note_number(_self, xml_text(src_dict.get("noteNumber")))
        _set_pay_off_amount(_self, None if (v := src_dict.get("payOffAmount")) is None else Money.from_dict(v))
        _set_calculated_pay_off_amount(
            _self, None if (v := src_dict.get("calculatedPayOffAmount")) is None else Money.from_dict(v)
        )
        _set_pay_off_date(_self, xml_text(src_dict.get("payOffDate")))
        _set_minimum_payment(_self, None if (v := src_dict.get("minimumPayment")) is None else Money.from_dict(v))
        _set_line_of_credit_limit(
            _self, None if (v := src_dict.get("lineOfCreditLimit")) is None else Money.from_dict(v)
        )
        _set_escrow_interest(_self, None if (v := src_dict.get("escrowInterest")) is None else Money.from_dict(v))
        _set_escrow_tax_due_date(_self, xml_text(src_dict.get("escrowTaxDueDate")))
        _set_escrow_year_to_date(_self, None if (v := src_dict.get("escrowYearToDate")) is None else Money.from_dict(v))
        _set_escrow_prior_year_to_date(
            _self, None if (v := src_dict.get("escrowPriorYearToDate")) is None else Money.from_dict(v)
        )
        _set_maturity_date(
            _self, None if (v := xml_text(src_dict.get("maturityDate"))) is None else (known_date(v) or parse_date(v))
        )
        _set_loan_origination_date(_self, xml_text(src_dict.get("loanOriginationDate")))
        _set_term(_self, xml_text(src_dict.get("term")))
        _set_term_type(_self, None if (v := xml_text(src_dict.get("termType"))) is None else enum_member(TermType1, v))
        _set_past_principal_due_date(_self, xml_text(src_dict.get("pastPrincipalDueDate")))
        _set_late_charges_due(_self, None if (v := src_dict.get("lateChargesDue")) is None else Money.from_dict(v))
        _set_last_principal_payment_amount(
            _self, None if (v := src_dict.get("lastPrincipalPaymentAmount")) is None else Money.from_dict(v)
        )
        _set_principal_interest_15_year_term_amount(
            _self, None if (v := src_dict.get("principalInterest15YearTermAmount")) is None else Money.from_dict(v)
        )
        _set_payment_rule(
            _self, None if (v := xml_text(src_dict.get("paymentRule"))) is None else enum_member(PaymentRuleType, v)
        )
        _set_original_loan_amount(
            _self, None if (v := src_dict.get("originalLoanAmount")) is None else Money.from_dict(v)
        )
        _set_issue_date(_self, xml_text(src_dict.get("issueDate")))
        _set_delinquency_amount(_self, None if (v := src_dict.get("delinquencyAmount")) is None else Money.from_dict(v))
        _set_past_due_interest_amount(
            _self, None if (v := src_dict.get("pastDueInterestAmount")) is None else Money.from_dict(v)
        )
        _set_past_due_principal(_self, None if (v := src_dict.get("pastDuePrincipal")) is None else Money.from_dict(v))
        _set_accrued_interest(_self, None if (v := src_dict.get("accruedInterest")) is None else Money.from_dict(v))
        _set_cash_advance_limit(_self, None if (v := src_dict.get("cashAdvanceLimit")) is None else Money.from_dict(v))
        _set_available_cash_advance(
            _self, None if (v := src_dict.get("availableCashAdvance")) is None else Money.from_dict(v)
        )
        _set_ach_id(_self, xml_text(src_dict.get("achId")))
        _set_host_promotions(
            _self, None if (v := src_dict.get("hostPromotions")) is None else HostPromotions.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 17 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _set_additional_properties(_self, extra)
        return _self


_set_account_hidden = LoanAccount.__dict__["account_hidden"].__set__
_set_account_number = LoanAccount.__dict__["account_number"].__set__
_set_account_type = LoanAccount.__dict__["account_type"].__set__
_set_balance = LoanAccount.__dict__["balance"].__set__
_set_category = LoanAccount.__dict__["category"].__set__
_set_display_account_number = LoanAccount.__dict__["display_account_number"].__set__
_set_display_flag = LoanAccount.__dict__["display_flag"].__set__
_set_enabled = LoanAccount.__dict__["enabled"].__set__
_set_fi_account_type = LoanAccount.__dict__["fi_account_type"].__set__
_set_fi_id = LoanAccount.__dict__["fi_id"].__set__
_set_id = LoanAccount.__dict__["id"].__set__
_set_member_number = LoanAccount.__dict__["member_number"].__set__
_set_ownership_type = LoanAccount.__dict__["ownership_type"].__set__
_set_account_status = LoanAccount.__dict__["account_status"].__set__
_set_account_statuses = LoanAccount.__dict__["account_statuses"].__set__
_set_description = LoanAccount.__dict__["description"].__set__
_set_fi_customer_id = LoanAccount.__dict__["fi_customer_id"].__set__
_set_account_status_int = LoanAccount.__dict__["account_status_int"].__set__
_set_ach_count = LoanAccount.__dict__["ach_count"].__set__
_set_alternate_user_identifier = LoanAccount.__dict__["alternate_user_identifier"].__set__
_set_rm_key = LoanAccount.__dict__["rm_key"].__set__
_set_associated_members = LoanAccount.__dict__["associated_members"].__set__
_set_as_of_date = LoanAccount.__dict__["as_of_date"].__set__
_set_bb_entitlements = LoanAccount.__dict__["bb_entitlements"].__set__
_set_bill_pay_account_number = LoanAccount.__dict__["bill_pay_account_number"].__set__
_set_bill_pay_id = LoanAccount.__dict__["bill_pay_id"].__set__
_set_cc_account_id = LoanAccount.__dict__["cc_account_id"].__set__
_set_dc_bill_pay_account_number = LoanAccount.__dict__["dc_bill_pay_account_number"].__set__
_set_dc_export_account_number = LoanAccount.__dict__["dc_export_account_number"].__set__
_set_default_account_id = LoanAccount.__dict__["default_account_id"].__set__
_set_di_account_type = LoanAccount.__dict__["di_account_type"].__set__
_set_display_card_number = LoanAccount.__dict__["display_card_number"].__set__
_set_display_routing_number = LoanAccount.__dict__["display_routing_number"].__set__
_set_display_primary_member_number = LoanAccount.__dict__["display_primary_member_number"].__set__
_set_export_account_number = LoanAccount.__dict__["export_account_number"].__set__
_set_external_broker = LoanAccount.__dict__["external_broker"].__set__
_set_host_account_type = LoanAccount.__dict__["host_account_type"].__set__
_set_interest_prior_year_to_date = LoanAccount.__dict__["interest_prior_year_to_date"].__set__
_set_interest_rate = LoanAccount.__dict__["interest_rate"].__set__
_set_interest_year_to_date = LoanAccount.__dict__["interest_year_to_date"].__set__
_set_interface_id = LoanAccount.__dict__["interface_id"].__set__
_set_is_hybrid = LoanAccount.__dict__["is_hybrid"].__set__
_set_last_deposit_amount = LoanAccount.__dict__["last_deposit_amount"].__set__
_set_last_dividend_amount = LoanAccount.__dict__["last_dividend_amount"].__set__
_set_last_interest_payment_amount = LoanAccount.__dict__["last_interest_payment_amount"].__set__
_set_last_interest_payment_date = LoanAccount.__dict__["last_interest_payment_date"].__set__
_set_last_statement_cycle_date = LoanAccount.__dict__["last_statement_cycle_date"].__set__
_set_last_statement_thru_date = LoanAccount.__dict__["last_statement_thru_date"].__set__
_set_micr_number = LoanAccount.__dict__["micr_number"].__set__
_set_nick_name = LoanAccount.__dict__["nick_name"].__set__
_set_non_qualified_rate = LoanAccount.__dict__["non_qualified_rate"].__set__
_set_overdraft_account_num = LoanAccount.__dict__["overdraft_account_num"].__set__
_set_overdraft_account_number = LoanAccount.__dict__["overdraft_account_number"].__set__
_set_overdraft_available_amount = LoanAccount.__dict__["overdraft_available_amount"].__set__
_set_overdraft_limit = LoanAccount.__dict__["overdraft_limit"].__set__
_set_pos_count = LoanAccount.__dict__["pos_count"].__set__
_set_primary_holder_id = LoanAccount.__dict__["primary_holder_id"].__set__
_set_primary_holder_alternate_id = LoanAccount.__dict__["primary_holder_alternate_id"].__set__
_set_primary_holder_name = LoanAccount.__dict__["primary_holder_name"].__set__
_set_reg_d_limits = LoanAccount.__dict__["reg_d_limits"].__set__
_set_rewards_count = LoanAccount.__dict__["rewards_count"].__set__
_set_routing_number = LoanAccount.__dict__["routing_number"].__set__
_set_tax_prior_year_to_date = LoanAccount.__dict__["tax_prior_year_to_date"].__set__
_set_tax_year_to_date = LoanAccount.__dict__["tax_year_to_date"].__set__
_set_tier_1_balance_desc = LoanAccount.__dict__["tier_1_balance_desc"].__set__
_set_tier_1_qualified_rate = LoanAccount.__dict__["tier_1_qualified_rate"].__set__
_set_tier_2_balance_desc = LoanAccount.__dict__["tier_2_balance_desc"].__set__
_set_tier_2_qualified_rate = LoanAccount.__dict__["tier_2_qualified_rate"].__set__
_set_total_funds_available = LoanAccount.__dict__["total_funds_available"].__set__
_set_tpv_product_code = LoanAccount.__dict__["tpv_product_code"].__set__
_set_tpv_reference = LoanAccount.__dict__["tpv_reference"].__set__
_set_transfer_restriction = LoanAccount.__dict__["transfer_restriction"].__set__
_set_roles = LoanAccount.__dict__["roles"].__set__
_set_next_payment_amount = LoanAccount.__dict__["next_payment_amount"].__set__
_set_next_payment_date = LoanAccount.__dict__["next_payment_date"].__set__
_set_loan_note_number = LoanAccount.__dict__["loan_note_number"].__set__
_set_note_number = LoanAccount.__dict__["note_number"].__set__
_set_pay_off_amount = LoanAccount.__dict__["pay_off_amount"].__set__
_set_calculated_pay_off_amount = LoanAccount.__dict__["calculated_pay_off_amount"].__set__
_set_pay_off_date = LoanAccount.__dict__["pay_off_date"].__set__
_set_minimum_payment = LoanAccount.__dict__["minimum_payment"].__set__
_set_line_of_credit_limit = LoanAccount.__dict__["line_of_credit_limit"].__set__
_set_escrow_interest = LoanAccount.__dict__["escrow_interest"].__set__
_set_escrow_tax_due_date = LoanAccount.__dict__["escrow_tax_due_date"].__set__
_set_escrow_year_to_date = LoanAccount.__dict__["escrow_year_to_date"].__set__
_set_escrow_prior_year_to_date = LoanAccount.__dict__["escrow_prior_year_to_date"].__set__
_set_maturity_date = LoanAccount.__dict__["maturity_date"].__set__
_set_loan_origination_date = LoanAccount.__dict__["loan_origination_date"].__set__
_set_term = LoanAccount.__dict__["term"].__set__
_set_term_type = LoanAccount.__dict__["term_type"].__set__
_set_past_principal_due_date = LoanAccount.__dict__["past_principal_due_date"].__set__
_set_late_charges_due = LoanAccount.__dict__["late_charges_due"].__set__
_set_last_principal_payment_amount = LoanAccount.__dict__["last_principal_payment_amount"].__set__
_set_principal_interest_15_year_term_amount = LoanAccount.__dict__["principal_interest_15_year_term_amount"].__set__
_set_payment_rule = LoanAccount.__dict__["payment_rule"].__set__
_set_original_loan_amount = LoanAccount.__dict__["original_loan_amount"].__set__
_set_issue_date = LoanAccount.__dict__["issue_date"].__set__
_set_delinquency_amount = LoanAccount.__dict__["delinquency_amount"].__set__
_set_past_due_interest_amount = LoanAccount.__dict__["past_due_interest_amount"].__set__
_set_past_due_principal = LoanAccount.__dict__["past_due_principal"].__set__
_set_accrued_interest = LoanAccount.__dict__["accrued_interest"].__set__
_set_cash_advance_limit = LoanAccount.__dict__["cash_advance_limit"].__set__
_set_available_cash_advance = LoanAccount.__dict__["available_cash_advance"].__set__
_set_ach_id = LoanAccount.__dict__["ach_id"].__set__
_set_host_promotions = LoanAccount.__dict__["host_promotions"].__set__
_set_additional_properties = LoanAccount.__dict__["additional_properties"].__set__

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
