from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.account_category import AccountCategory
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
        "id",
        "institutionUserId",
        "institutionId",
        "accountNumber",
        "category",
        "type",
        "institutionCustomerId",
        "description",
        "nickName",
        "primaryHolderName",
        "currentBalance",
        "availableBalance",
        "lastStatementBalance",
        "status",
        "allowedActions",
        "routingNumber",
        "interestRate",
        "interestYearToDate",
        "tpvReference",
        "tpvProductCode",
        "overdraftLimit",
        "overdraftAccountNumber",
        "overdraftAvailableAmount",
        "currentYearEligibleContribution",
        "lastYearEligibleContribution",
        "lastYearMaxContribution",
        "micrNumber",
        "escrowBalance",
        "currentPrincipalBalance",
        "nextPaymentAmount",
        "nextPaymentDate",
        "payOffAmount",
        "calculatedPayOffAmount",
        "minimumPayment",
        "lineOfCreditLimit",
        "maturityDate",
        "loanOriginationDate",
        "term",
        "pastPrincipalDueDate",
        "lastPrincipalPaymentAmount",
        "originalLoanAmount",
    }
)


@_attrs_define
class Account(_Model):
    """One account, as the accounts API gives it.

    Attributes:
        id (str): The account's opaque id (an encrypted key): the accountId of the other calls.
        institution_user_id (str): The platform's id of the user the account is listed for.
        institution_id (str): The institution's id (e.g. 01234).
        account_number (str): Masked (the last digits) unless the token has the accounts:read_unmasked scope.
        category (AccountCategory): DEPOSIT, LOAN, INVESTMENT, TIERED_LOAN (a loan in tiers) or CROSS_USER_ACCOUNT
            (another member's account the user may access).
        type_ (AccountType): The account's type: the platform's classification (value) and the host's codes.
        institution_customer_id (str): The institution customer the account belongs to (for business users: the
            location).
        description (str):
        nick_name (str):
        primary_holder_name (str):
        current_balance (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        available_balance (Money): What may be withdrawn now (the current balance less holds).
        last_statement_balance (Money): An amount of money: exact (decimal.Decimal, never float) in a currency.
        status (AccountStatus): The account's state, one flag each (open, closed, delinquent, ...).
        allowed_actions (Actions): What the user may do with the account (transfers, history, statements).
        routing_number (str): The institution's ABA routing number (9 digits).
        interest_rate (Decimal): The annual interest rate, in percent (3.5 means 3.5 %).
        interest_year_to_date (Money): Interest so far this calendar year.
        tpv_reference (str): A third-party vendor's reference for the account.
        tpv_product_code (str): A third-party vendor's product code for the account.
        overdraft_limit (Money): The most the account may be overdrawn.
        overdraft_account_number (str): The account that covers this one's overdrafts.
        overdraft_available_amount (Money): Overdraft coverage still available.
        current_year_eligible_contribution (Money): Retirement accounts: what may still be contributed for the current
            year.
        last_year_eligible_contribution (Money): Retirement accounts: what may still be contributed for the previous
            year.
        last_year_max_contribution (Money): Retirement accounts: the most that could be contributed for the previous
            year.
        micr_number (str): The account number as printed in magnetic ink on its checks (the MICR line).
        escrow_balance (Money): Loans: the money held in escrow (taxes, insurance).
        current_principal_balance (Money): Loans: the principal still owed.
        next_payment_amount (Money): Loans: the amount of the next payment due.
        next_payment_date (datetime.date): Loans: when the next payment is due (YYYY-MM-DD).
        pay_off_amount (Money): Loans: the amount that pays the loan off, as the host reports it.
        calculated_pay_off_amount (Money): Loans: the pay-off amount as the platform computes it from balances and
            interest.
        minimum_payment (Money): Loans and cards: the least that must be paid this period.
        line_of_credit_limit (Money): Credit lines and cards: the credit limit.
        maturity_date (datetime.date): Certificates and loans: when the term ends (YYYY-MM-DD).
        loan_origination_date (datetime.date): Loans: when the loan was made (YYYY-MM-DD).
        term (Term): Certificates and loans: the term's length and unit.
        past_principal_due_date (datetime.date): Loans: when an overdue principal payment was due (YYYY-MM-DD).
        last_principal_payment_amount (Money): Loans: the principal part of the latest payment.
        original_loan_amount (Money): Loans: the principal first lent.
    """

    id: str
    institution_user_id: str
    institution_id: str
    account_number: str
    category: AccountCategory
    type_: AccountType
    institution_customer_id: str | None = None
    description: str | None = None
    nick_name: str | None = None
    primary_holder_name: str | None = None
    current_balance: Money | None = None
    available_balance: Money | None = None
    last_statement_balance: Money | None = None
    status: AccountStatus | None = None
    allowed_actions: Actions | None = None
    routing_number: str | None = None
    interest_rate: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    interest_year_to_date: Money | None = None
    tpv_reference: str | None = None
    tpv_product_code: str | None = None
    overdraft_limit: Money | None = None
    overdraft_account_number: str | None = None
    overdraft_available_amount: Money | None = None
    current_year_eligible_contribution: Money | None = None
    last_year_eligible_contribution: Money | None = None
    last_year_max_contribution: Money | None = None
    micr_number: str | None = None
    escrow_balance: Money | None = None
    current_principal_balance: Money | None = None
    next_payment_amount: Money | None = None
    next_payment_date: datetime.date | None = None
    pay_off_amount: Money | None = None
    calculated_pay_off_amount: Money | None = None
    minimum_payment: Money | None = None
    line_of_credit_limit: Money | None = None
    maturity_date: datetime.date | None = None
    loan_origination_date: datetime.date | None = None
    term: Term | None = None
    past_principal_due_date: datetime.date | None = None
    last_principal_payment_amount: Money | None = None
    original_loan_amount: Money | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["institutionUserId"] = self.institution_user_id
        field_dict["institutionId"] = self.institution_id
        field_dict["accountNumber"] = self.account_number
        field_dict["category"] = AccountCategory(self.category).value
        field_dict["type"] = self.type_.to_dict()
        if self.institution_customer_id is not None:
            field_dict["institutionCustomerId"] = self.institution_customer_id
        if self.description is not None:
            field_dict["description"] = self.description
        if self.nick_name is not None:
            field_dict["nickName"] = self.nick_name
        if self.primary_holder_name is not None:
            field_dict["primaryHolderName"] = self.primary_holder_name
        if self.current_balance is not None:
            field_dict["currentBalance"] = self.current_balance.to_dict()
        if self.available_balance is not None:
            field_dict["availableBalance"] = self.available_balance.to_dict()
        if self.last_statement_balance is not None:
            field_dict["lastStatementBalance"] = self.last_statement_balance.to_dict()
        if self.status is not None:
            field_dict["status"] = self.status.to_dict()
        if self.allowed_actions is not None:
            field_dict["allowedActions"] = self.allowed_actions.to_dict()
        if self.routing_number is not None:
            field_dict["routingNumber"] = self.routing_number
        if self.interest_rate is not None:
            field_dict["interestRate"] = self.interest_rate
        if self.interest_year_to_date is not None:
            field_dict["interestYearToDate"] = self.interest_year_to_date.to_dict()
        if self.tpv_reference is not None:
            field_dict["tpvReference"] = self.tpv_reference
        if self.tpv_product_code is not None:
            field_dict["tpvProductCode"] = self.tpv_product_code
        if self.overdraft_limit is not None:
            field_dict["overdraftLimit"] = self.overdraft_limit.to_dict()
        if self.overdraft_account_number is not None:
            field_dict["overdraftAccountNumber"] = self.overdraft_account_number
        if self.overdraft_available_amount is not None:
            field_dict["overdraftAvailableAmount"] = self.overdraft_available_amount.to_dict()
        if self.current_year_eligible_contribution is not None:
            field_dict["currentYearEligibleContribution"] = self.current_year_eligible_contribution.to_dict()
        if self.last_year_eligible_contribution is not None:
            field_dict["lastYearEligibleContribution"] = self.last_year_eligible_contribution.to_dict()
        if self.last_year_max_contribution is not None:
            field_dict["lastYearMaxContribution"] = self.last_year_max_contribution.to_dict()
        if self.micr_number is not None:
            field_dict["micrNumber"] = self.micr_number
        if self.escrow_balance is not None:
            field_dict["escrowBalance"] = self.escrow_balance.to_dict()
        if self.current_principal_balance is not None:
            field_dict["currentPrincipalBalance"] = self.current_principal_balance.to_dict()
        if self.next_payment_amount is not None:
            field_dict["nextPaymentAmount"] = self.next_payment_amount.to_dict()
        if self.next_payment_date is not None:
            field_dict["nextPaymentDate"] = self.next_payment_date.isoformat()
        if self.pay_off_amount is not None:
            field_dict["payOffAmount"] = self.pay_off_amount.to_dict()
        if self.calculated_pay_off_amount is not None:
            field_dict["calculatedPayOffAmount"] = self.calculated_pay_off_amount.to_dict()
        if self.minimum_payment is not None:
            field_dict["minimumPayment"] = self.minimum_payment.to_dict()
        if self.line_of_credit_limit is not None:
            field_dict["lineOfCreditLimit"] = self.line_of_credit_limit.to_dict()
        if self.maturity_date is not None:
            field_dict["maturityDate"] = self.maturity_date.isoformat()
        if self.loan_origination_date is not None:
            field_dict["loanOriginationDate"] = self.loan_origination_date.isoformat()
        if self.term is not None:
            field_dict["term"] = self.term.to_dict()
        if self.past_principal_due_date is not None:
            field_dict["pastPrincipalDueDate"] = self.past_principal_due_date.isoformat()
        if self.last_principal_payment_amount is not None:
            field_dict["lastPrincipalPaymentAmount"] = self.last_principal_payment_amount.to_dict()
        if self.original_loan_amount is not None:
            field_dict["originalLoanAmount"] = self.original_loan_amount.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _set_id(_self, src_dict["id"])
        _set_institution_user_id(_self, src_dict["institutionUserId"])
        _set_institution_id(_self, src_dict["institutionId"])
        _set_account_number(_self, src_dict["accountNumber"])
        _set_category(_self, enum_member(AccountCategory, src_dict["category"]))
        _set_type_(_self, AccountType.from_dict(src_dict["type"]))
        _set_institution_customer_id(_self, src_dict.get("institutionCustomerId"))
        _set_description(_self, src_dict.get("description"))
        _set_nick_name(_self, src_dict.get("nickName"))
        _set_primary_holder_name(_self, src_dict.get("primaryHolderName"))
        _set_current_balance(_self, None if (v := src_dict.get("currentBalance")) is None else Money.from_dict(v))
        _set_available_balance(_self, None if (v := src_dict.get("availableBalance")) is None else Money.from_dict(v))
        _set_last_statement_balance(
            _self, None if (v := src_dict.get("lastStatementBalance")) is None else Money.from_dict(v)
        )
        _set_status(_self, None if (v := src_dict.get("status")) is None else AccountStatus.from_dict(v))
        _set_allowed_actions(_self, None if (v := src_dict.get("allowedActions")) is None else Actions.from_dict(v))
        _set_routing_number(_self, src_dict.get("routingNumber"))
        _set_interest_rate(_self, None if (v := src_dict.get("interestRate")) is None else to_decimal(v))
        _set_interest_year_to_date(
            _self, None if (v := src_dict.get("interestYearToDate")) is None else Money.from_dict(v)
        )
        _set_tpv_reference(_self, src_dict.get("tpvReference"))
        _set_tpv_product_code(_self, src_dict.get("tpvProductCode"))
        _set_overdraft_limit(_self, None if (v := src_dict.get("overdraftLimit")) is None else Money.from_dict(v))
        _set_overdraft_account_number(_self, src_dict.get("overdraftAccountNumber"))
        _set_overdraft_available_amount(
            _self, None if (v := src_dict.get("overdraftAvailableAmount")) is None else Money.from_dict(v)
        )
        _set_current_year_eligible_contribution(
            _self, None if (v := src_dict.get("currentYearEligibleContribution")) is None else Money.from_dict(v)
        )
        _set_last_year_eligible_contribution(
            _self, None if (v := src_dict.get("lastYearEligibleContribution")) is None else Money.from_dict(v)
        )
        _set_last_year_max_contribution(
            _self, None if (v := src_dict.get("lastYearMaxContribution")) is None else Money.from_dict(v)
        )
        _set_micr_number(_self, src_dict.get("micrNumber"))
        _set_escrow_balance(_self, None if (v := src_dict.get("escrowBalance")) is None else Money.from_dict(v))
        _set_current_principal_balance(
            _self, None if (v := src_dict.get("currentPrincipalBalance")) is None else Money.from_dict(v)
        )
        _set_next_payment_amount(
            _self, None if (v := src_dict.get("nextPaymentAmount")) is None else Money.from_dict(v)
        )
        _set_next_payment_date(
            _self, None if (v := src_dict.get("nextPaymentDate")) is None else (known_date(v) or parse_date(v))
        )
        _set_pay_off_amount(_self, None if (v := src_dict.get("payOffAmount")) is None else Money.from_dict(v))
        _set_calculated_pay_off_amount(
            _self, None if (v := src_dict.get("calculatedPayOffAmount")) is None else Money.from_dict(v)
        )
        _set_minimum_payment(_self, None if (v := src_dict.get("minimumPayment")) is None else Money.from_dict(v))
        _set_line_of_credit_limit(
            _self, None if (v := src_dict.get("lineOfCreditLimit")) is None else Money.from_dict(v)
        )
        _set_maturity_date(
            _self, None if (v := src_dict.get("maturityDate")) is None else (known_date(v) or parse_date(v))
        )
        _set_loan_origination_date(
            _self, None if (v := src_dict.get("loanOriginationDate")) is None else (known_date(v) or parse_date(v))
        )
        _set_term(_self, None if (v := src_dict.get("term")) is None else Term.from_dict(v))
        _set_past_principal_due_date(
            _self, None if (v := src_dict.get("pastPrincipalDueDate")) is None else (known_date(v) or parse_date(v))
        )
        _set_last_principal_payment_amount(
            _self, None if (v := src_dict.get("lastPrincipalPaymentAmount")) is None else Money.from_dict(v)
        )
        _set_original_loan_amount(
            _self, None if (v := src_dict.get("originalLoanAmount")) is None else Money.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 6 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _set_additional_properties(_self, extra)
        return _self


_set_id = Account.__dict__["id"].__set__
_set_institution_user_id = Account.__dict__["institution_user_id"].__set__
_set_institution_id = Account.__dict__["institution_id"].__set__
_set_account_number = Account.__dict__["account_number"].__set__
_set_category = Account.__dict__["category"].__set__
_set_type_ = Account.__dict__["type_"].__set__
_set_institution_customer_id = Account.__dict__["institution_customer_id"].__set__
_set_description = Account.__dict__["description"].__set__
_set_nick_name = Account.__dict__["nick_name"].__set__
_set_primary_holder_name = Account.__dict__["primary_holder_name"].__set__
_set_current_balance = Account.__dict__["current_balance"].__set__
_set_available_balance = Account.__dict__["available_balance"].__set__
_set_last_statement_balance = Account.__dict__["last_statement_balance"].__set__
_set_status = Account.__dict__["status"].__set__
_set_allowed_actions = Account.__dict__["allowed_actions"].__set__
_set_routing_number = Account.__dict__["routing_number"].__set__
_set_interest_rate = Account.__dict__["interest_rate"].__set__
_set_interest_year_to_date = Account.__dict__["interest_year_to_date"].__set__
_set_tpv_reference = Account.__dict__["tpv_reference"].__set__
_set_tpv_product_code = Account.__dict__["tpv_product_code"].__set__
_set_overdraft_limit = Account.__dict__["overdraft_limit"].__set__
_set_overdraft_account_number = Account.__dict__["overdraft_account_number"].__set__
_set_overdraft_available_amount = Account.__dict__["overdraft_available_amount"].__set__
_set_current_year_eligible_contribution = Account.__dict__["current_year_eligible_contribution"].__set__
_set_last_year_eligible_contribution = Account.__dict__["last_year_eligible_contribution"].__set__
_set_last_year_max_contribution = Account.__dict__["last_year_max_contribution"].__set__
_set_micr_number = Account.__dict__["micr_number"].__set__
_set_escrow_balance = Account.__dict__["escrow_balance"].__set__
_set_current_principal_balance = Account.__dict__["current_principal_balance"].__set__
_set_next_payment_amount = Account.__dict__["next_payment_amount"].__set__
_set_next_payment_date = Account.__dict__["next_payment_date"].__set__
_set_pay_off_amount = Account.__dict__["pay_off_amount"].__set__
_set_calculated_pay_off_amount = Account.__dict__["calculated_pay_off_amount"].__set__
_set_minimum_payment = Account.__dict__["minimum_payment"].__set__
_set_line_of_credit_limit = Account.__dict__["line_of_credit_limit"].__set__
_set_maturity_date = Account.__dict__["maturity_date"].__set__
_set_loan_origination_date = Account.__dict__["loan_origination_date"].__set__
_set_term = Account.__dict__["term"].__set__
_set_past_principal_due_date = Account.__dict__["past_principal_due_date"].__set__
_set_last_principal_payment_amount = Account.__dict__["last_principal_payment_amount"].__set__
_set_original_loan_amount = Account.__dict__["original_loan_amount"].__set__
_set_additional_properties = Account.__dict__["additional_properties"].__set__

from ..models.account_status import AccountStatus
from ..models.account_type import AccountType
from ..models.actions import Actions
from ..models.money import Money
from ..models.term import Term
