from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_category import AccountCategory
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import enum_member, keys_only, parse_date, refuse_float, to_decimal

T = TypeVar("T", bound="Account")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id = self.id
        institution_user_id = self.institution_user_id
        institution_id = self.institution_id
        account_number = self.account_number
        category = AccountCategory(self.category).value
        type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "institutionUserId": institution_user_id,
                "institutionId": institution_id,
                "accountNumber": account_number,
                "category": category,
                "type": type_,
            }
        )
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
        id = d.pop("id")
        institution_user_id = d.pop("institutionUserId")
        institution_id = d.pop("institutionId")
        account_number = d.pop("accountNumber")
        category = enum_member(AccountCategory, d.pop("category"))

        type_ = AccountType.from_dict(d.pop("type"))

        institution_customer_id = d.pop("institutionCustomerId", None)
        description = d.pop("description", None)
        nick_name = d.pop("nickName", None)
        primary_holder_name = d.pop("primaryHolderName", None)
        _current_balance = d.pop("currentBalance", None)
        current_balance = None if _current_balance is None else Money.from_dict(_current_balance)
        _available_balance = d.pop("availableBalance", None)
        available_balance = None if _available_balance is None else Money.from_dict(_available_balance)
        _last_statement_balance = d.pop("lastStatementBalance", None)
        last_statement_balance = None if _last_statement_balance is None else Money.from_dict(_last_statement_balance)
        _status = d.pop("status", None)
        status = None if _status is None else AccountStatus.from_dict(_status)
        _allowed_actions = d.pop("allowedActions", None)
        allowed_actions = None if _allowed_actions is None else Actions.from_dict(_allowed_actions)
        routing_number = d.pop("routingNumber", None)
        _interest_rate = d.pop("interestRate", None)
        interest_rate = None if _interest_rate is None else to_decimal(_interest_rate)
        _interest_year_to_date = d.pop("interestYearToDate", None)
        interest_year_to_date = None if _interest_year_to_date is None else Money.from_dict(_interest_year_to_date)
        tpv_reference = d.pop("tpvReference", None)
        tpv_product_code = d.pop("tpvProductCode", None)
        _overdraft_limit = d.pop("overdraftLimit", None)
        overdraft_limit = None if _overdraft_limit is None else Money.from_dict(_overdraft_limit)
        overdraft_account_number = d.pop("overdraftAccountNumber", None)
        _overdraft_available_amount = d.pop("overdraftAvailableAmount", None)
        overdraft_available_amount = (
            None if _overdraft_available_amount is None else Money.from_dict(_overdraft_available_amount)
        )
        _current_year_eligible_contribution = d.pop("currentYearEligibleContribution", None)
        current_year_eligible_contribution = (
            None
            if _current_year_eligible_contribution is None
            else Money.from_dict(_current_year_eligible_contribution)
        )
        _last_year_eligible_contribution = d.pop("lastYearEligibleContribution", None)
        last_year_eligible_contribution = (
            None if _last_year_eligible_contribution is None else Money.from_dict(_last_year_eligible_contribution)
        )
        _last_year_max_contribution = d.pop("lastYearMaxContribution", None)
        last_year_max_contribution = (
            None if _last_year_max_contribution is None else Money.from_dict(_last_year_max_contribution)
        )
        micr_number = d.pop("micrNumber", None)
        _escrow_balance = d.pop("escrowBalance", None)
        escrow_balance = None if _escrow_balance is None else Money.from_dict(_escrow_balance)
        _current_principal_balance = d.pop("currentPrincipalBalance", None)
        current_principal_balance = (
            None if _current_principal_balance is None else Money.from_dict(_current_principal_balance)
        )
        _next_payment_amount = d.pop("nextPaymentAmount", None)
        next_payment_amount = None if _next_payment_amount is None else Money.from_dict(_next_payment_amount)
        _next_payment_date = d.pop("nextPaymentDate", None)
        next_payment_date = None if _next_payment_date is None else parse_date(_next_payment_date)
        _pay_off_amount = d.pop("payOffAmount", None)
        pay_off_amount = None if _pay_off_amount is None else Money.from_dict(_pay_off_amount)
        _calculated_pay_off_amount = d.pop("calculatedPayOffAmount", None)
        calculated_pay_off_amount = (
            None if _calculated_pay_off_amount is None else Money.from_dict(_calculated_pay_off_amount)
        )
        _minimum_payment = d.pop("minimumPayment", None)
        minimum_payment = None if _minimum_payment is None else Money.from_dict(_minimum_payment)
        _line_of_credit_limit = d.pop("lineOfCreditLimit", None)
        line_of_credit_limit = None if _line_of_credit_limit is None else Money.from_dict(_line_of_credit_limit)
        _maturity_date = d.pop("maturityDate", None)
        maturity_date = None if _maturity_date is None else parse_date(_maturity_date)
        _loan_origination_date = d.pop("loanOriginationDate", None)
        loan_origination_date = None if _loan_origination_date is None else parse_date(_loan_origination_date)
        _term = d.pop("term", None)
        term = None if _term is None else Term.from_dict(_term)
        _past_principal_due_date = d.pop("pastPrincipalDueDate", None)
        past_principal_due_date = None if _past_principal_due_date is None else parse_date(_past_principal_due_date)
        _last_principal_payment_amount = d.pop("lastPrincipalPaymentAmount", None)
        last_principal_payment_amount = (
            None if _last_principal_payment_amount is None else Money.from_dict(_last_principal_payment_amount)
        )
        _original_loan_amount = d.pop("originalLoanAmount", None)
        original_loan_amount = None if _original_loan_amount is None else Money.from_dict(_original_loan_amount)
        account = cls(
            id=id,
            institution_user_id=institution_user_id,
            institution_id=institution_id,
            account_number=account_number,
            category=category,
            type_=type_,
            institution_customer_id=institution_customer_id,
            description=description,
            nick_name=nick_name,
            primary_holder_name=primary_holder_name,
            current_balance=current_balance,
            available_balance=available_balance,
            last_statement_balance=last_statement_balance,
            status=status,
            allowed_actions=allowed_actions,
            routing_number=routing_number,
            interest_rate=interest_rate,
            interest_year_to_date=interest_year_to_date,
            tpv_reference=tpv_reference,
            tpv_product_code=tpv_product_code,
            overdraft_limit=overdraft_limit,
            overdraft_account_number=overdraft_account_number,
            overdraft_available_amount=overdraft_available_amount,
            current_year_eligible_contribution=current_year_eligible_contribution,
            last_year_eligible_contribution=last_year_eligible_contribution,
            last_year_max_contribution=last_year_max_contribution,
            micr_number=micr_number,
            escrow_balance=escrow_balance,
            current_principal_balance=current_principal_balance,
            next_payment_amount=next_payment_amount,
            next_payment_date=next_payment_date,
            pay_off_amount=pay_off_amount,
            calculated_pay_off_amount=calculated_pay_off_amount,
            minimum_payment=minimum_payment,
            line_of_credit_limit=line_of_credit_limit,
            maturity_date=maturity_date,
            loan_origination_date=loan_origination_date,
            term=term,
            past_principal_due_date=past_principal_due_date,
            last_principal_payment_amount=last_principal_payment_amount,
            original_loan_amount=original_loan_amount,
        )

        object.__setattr__(account, "additional_properties", d)  # no on-setattr hooks
        return account


from ..models.account_status import AccountStatus
from ..models.account_type import AccountType
from ..models.actions import Actions
from ..models.money import Money
from ..models.term import Term
