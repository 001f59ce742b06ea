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
    parse_date,
    refuse_float,
    to_decimal,
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
        d = dict(src_dict)
        _self, _set = object.__new__(cls), object.__setattr__
        _set(_self, "id", d.pop("id"))
        _set(_self, "institution_user_id", d.pop("institutionUserId"))
        _set(_self, "institution_id", d.pop("institutionId"))
        _set(_self, "account_number", d.pop("accountNumber"))
        _set(_self, "category", enum_member(AccountCategory, d.pop("category")))
        _set(_self, "type_", AccountType.from_dict(d.pop("type")))
        _set(_self, "institution_customer_id", d.pop("institutionCustomerId", None))
        _set(_self, "description", d.pop("description", None))
        _set(_self, "nick_name", d.pop("nickName", None))
        _set(_self, "primary_holder_name", d.pop("primaryHolderName", None))
        _set(_self, "current_balance", None if (v := d.pop("currentBalance", None)) is None else Money.from_dict(v))
        _set(_self, "available_balance", None if (v := d.pop("availableBalance", None)) is None else Money.from_dict(v))
        _set(
            _self,
            "last_statement_balance",
            None if (v := d.pop("lastStatementBalance", None)) is None else Money.from_dict(v),
        )
        _set(_self, "status", None if (v := d.pop("status", None)) is None else AccountStatus.from_dict(v))
        _set(_self, "allowed_actions", None if (v := d.pop("allowedActions", None)) is None else Actions.from_dict(v))
        _set(_self, "routing_number", d.pop("routingNumber", None))
        _set(_self, "interest_rate", None if (v := d.pop("interestRate", None)) is None else to_decimal(v))
        _set(
            _self,
            "interest_year_to_date",
            None if (v := d.pop("interestYearToDate", None)) is None else Money.from_dict(v),
        )
        _set(_self, "tpv_reference", d.pop("tpvReference", None))
        _set(_self, "tpv_product_code", d.pop("tpvProductCode", None))
        _set(_self, "overdraft_limit", None if (v := d.pop("overdraftLimit", None)) is None else Money.from_dict(v))
        _set(_self, "overdraft_account_number", d.pop("overdraftAccountNumber", None))
        _set(
            _self,
            "overdraft_available_amount",
            None if (v := d.pop("overdraftAvailableAmount", None)) is None else Money.from_dict(v),
        )
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
            "last_year_max_contribution",
            None if (v := d.pop("lastYearMaxContribution", None)) is None else Money.from_dict(v),
        )
        _set(_self, "micr_number", d.pop("micrNumber", None))
        _set(_self, "escrow_balance", None if (v := d.pop("escrowBalance", None)) is None else Money.from_dict(v))
        _set(
            _self,
            "current_principal_balance",
            None if (v := d.pop("currentPrincipalBalance", None)) is None else Money.from_dict(v),
        )
        _set(
            _self,
            "next_payment_amount",
            None if (v := d.pop("nextPaymentAmount", None)) is None else Money.from_dict(v),
        )
        _set(_self, "next_payment_date", None if (v := d.pop("nextPaymentDate", None)) is None else parse_date(v))
        _set(_self, "pay_off_amount", None if (v := d.pop("payOffAmount", None)) is None else Money.from_dict(v))
        _set(
            _self,
            "calculated_pay_off_amount",
            None if (v := d.pop("calculatedPayOffAmount", None)) is None else Money.from_dict(v),
        )
        _set(_self, "minimum_payment", None if (v := d.pop("minimumPayment", None)) is None else Money.from_dict(v))
        _set(
            _self,
            "line_of_credit_limit",
            None if (v := d.pop("lineOfCreditLimit", None)) is None else Money.from_dict(v),
        )
        _set(_self, "maturity_date", None if (v := d.pop("maturityDate", None)) is None else parse_date(v))
        _set(
            _self, "loan_origination_date", None if (v := d.pop("loanOriginationDate", None)) is None else parse_date(v)
        )
        _set(_self, "term", None if (v := d.pop("term", None)) is None else Term.from_dict(v))
        _set(
            _self,
            "past_principal_due_date",
            None if (v := d.pop("pastPrincipalDueDate", None)) is None else parse_date(v),
        )
        _set(
            _self,
            "last_principal_payment_amount",
            None if (v := d.pop("lastPrincipalPaymentAmount", None)) is None else Money.from_dict(v),
        )
        _set(
            _self,
            "original_loan_amount",
            None if (v := d.pop("originalLoanAmount", None)) is None else Money.from_dict(v),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.account_status import AccountStatus
from ..models.account_type import AccountType
from ..models.actions import Actions
from ..models.money import Money
from ..models.term import Term
