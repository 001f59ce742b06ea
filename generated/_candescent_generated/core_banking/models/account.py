from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_category import AccountCategory
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, parse_date, refuse_float, to_decimal

if TYPE_CHECKING:
    from ..models.account_status import AccountStatus
    from ..models.account_type import AccountType
    from ..models.actions import Actions
    from ..models.money import Money
    from ..models.term import Term


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
            institution_customer_id = self.institution_customer_id
            field_dict["institutionCustomerId"] = institution_customer_id
        if self.description is not None:
            description = self.description
            field_dict["description"] = description
        if self.nick_name is not None:
            nick_name = self.nick_name
            field_dict["nickName"] = nick_name
        if self.primary_holder_name is not None:
            primary_holder_name = self.primary_holder_name
            field_dict["primaryHolderName"] = primary_holder_name
        if self.current_balance is not None:
            current_balance = self.current_balance.to_dict()
            field_dict["currentBalance"] = current_balance
        if self.available_balance is not None:
            available_balance = self.available_balance.to_dict()
            field_dict["availableBalance"] = available_balance
        if self.last_statement_balance is not None:
            last_statement_balance = self.last_statement_balance.to_dict()
            field_dict["lastStatementBalance"] = last_statement_balance
        if self.status is not None:
            status = self.status.to_dict()
            field_dict["status"] = status
        if self.allowed_actions is not None:
            allowed_actions = self.allowed_actions.to_dict()
            field_dict["allowedActions"] = allowed_actions
        if self.routing_number is not None:
            routing_number = self.routing_number
            field_dict["routingNumber"] = routing_number
        if self.interest_rate is not None:
            interest_rate = self.interest_rate
            field_dict["interestRate"] = interest_rate
        if self.interest_year_to_date is not None:
            interest_year_to_date = self.interest_year_to_date.to_dict()
            field_dict["interestYearToDate"] = interest_year_to_date
        if self.tpv_reference is not None:
            tpv_reference = self.tpv_reference
            field_dict["tpvReference"] = tpv_reference
        if self.tpv_product_code is not None:
            tpv_product_code = self.tpv_product_code
            field_dict["tpvProductCode"] = tpv_product_code
        if self.overdraft_limit is not None:
            overdraft_limit = self.overdraft_limit.to_dict()
            field_dict["overdraftLimit"] = overdraft_limit
        if self.overdraft_account_number is not None:
            overdraft_account_number = self.overdraft_account_number
            field_dict["overdraftAccountNumber"] = overdraft_account_number
        if self.overdraft_available_amount is not None:
            overdraft_available_amount = self.overdraft_available_amount.to_dict()
            field_dict["overdraftAvailableAmount"] = overdraft_available_amount
        if self.current_year_eligible_contribution is not None:
            current_year_eligible_contribution = self.current_year_eligible_contribution.to_dict()
            field_dict["currentYearEligibleContribution"] = current_year_eligible_contribution
        if self.last_year_eligible_contribution is not None:
            last_year_eligible_contribution = self.last_year_eligible_contribution.to_dict()
            field_dict["lastYearEligibleContribution"] = last_year_eligible_contribution
        if self.last_year_max_contribution is not None:
            last_year_max_contribution = self.last_year_max_contribution.to_dict()
            field_dict["lastYearMaxContribution"] = last_year_max_contribution
        if self.micr_number is not None:
            micr_number = self.micr_number
            field_dict["micrNumber"] = micr_number
        if self.escrow_balance is not None:
            escrow_balance = self.escrow_balance.to_dict()
            field_dict["escrowBalance"] = escrow_balance
        if self.current_principal_balance is not None:
            current_principal_balance = self.current_principal_balance.to_dict()
            field_dict["currentPrincipalBalance"] = current_principal_balance
        if self.next_payment_amount is not None:
            next_payment_amount = self.next_payment_amount.to_dict()
            field_dict["nextPaymentAmount"] = next_payment_amount
        if self.next_payment_date is not None:
            next_payment_date = self.next_payment_date.isoformat()
            field_dict["nextPaymentDate"] = next_payment_date
        if self.pay_off_amount is not None:
            pay_off_amount = self.pay_off_amount.to_dict()
            field_dict["payOffAmount"] = pay_off_amount
        if self.calculated_pay_off_amount is not None:
            calculated_pay_off_amount = self.calculated_pay_off_amount.to_dict()
            field_dict["calculatedPayOffAmount"] = calculated_pay_off_amount
        if self.minimum_payment is not None:
            minimum_payment = self.minimum_payment.to_dict()
            field_dict["minimumPayment"] = minimum_payment
        if self.line_of_credit_limit is not None:
            line_of_credit_limit = self.line_of_credit_limit.to_dict()
            field_dict["lineOfCreditLimit"] = line_of_credit_limit
        if self.maturity_date is not None:
            maturity_date = self.maturity_date.isoformat()
            field_dict["maturityDate"] = maturity_date
        if self.loan_origination_date is not None:
            loan_origination_date = self.loan_origination_date.isoformat()
            field_dict["loanOriginationDate"] = loan_origination_date
        if self.term is not None:
            term = self.term.to_dict()
            field_dict["term"] = term
        if self.past_principal_due_date is not None:
            past_principal_due_date = self.past_principal_due_date.isoformat()
            field_dict["pastPrincipalDueDate"] = past_principal_due_date
        if self.last_principal_payment_amount is not None:
            last_principal_payment_amount = self.last_principal_payment_amount.to_dict()
            field_dict["lastPrincipalPaymentAmount"] = last_principal_payment_amount
        if self.original_loan_amount is not None:
            original_loan_amount = self.original_loan_amount.to_dict()
            field_dict["originalLoanAmount"] = original_loan_amount

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_status import AccountStatus
        from ..models.account_type import AccountType
        from ..models.actions import Actions
        from ..models.money import Money
        from ..models.term import Term

        d = dict(src_dict)
        id = d.pop("id")
        institution_user_id = d.pop("institutionUserId")
        institution_id = d.pop("institutionId")
        account_number = d.pop("accountNumber")
        category = AccountCategory(d.pop("category"))

        type_ = AccountType.from_dict(d.pop("type"))

        _institution_customer_id = d.pop("institutionCustomerId", None)
        institution_customer_id: str | None = None
        if _institution_customer_id is not None:
            institution_customer_id = _institution_customer_id
        _description = d.pop("description", None)
        description: str | None = None
        if _description is not None:
            description = _description
        _nick_name = d.pop("nickName", None)
        nick_name: str | None = None
        if _nick_name is not None:
            nick_name = _nick_name
        _primary_holder_name = d.pop("primaryHolderName", None)
        primary_holder_name: str | None = None
        if _primary_holder_name is not None:
            primary_holder_name = _primary_holder_name
        _current_balance = d.pop("currentBalance", None)
        current_balance: Money | None = None
        if _current_balance is not None:
            current_balance = Money.from_dict(_current_balance)

        _available_balance = d.pop("availableBalance", None)
        available_balance: Money | None = None
        if _available_balance is not None:
            available_balance = Money.from_dict(_available_balance)

        _last_statement_balance = d.pop("lastStatementBalance", None)
        last_statement_balance: Money | None = None
        if _last_statement_balance is not None:
            last_statement_balance = Money.from_dict(_last_statement_balance)

        _status = d.pop("status", None)
        status: AccountStatus | None = None
        if _status is not None:
            status = AccountStatus.from_dict(_status)

        _allowed_actions = d.pop("allowedActions", None)
        allowed_actions: Actions | None = None
        if _allowed_actions is not None:
            allowed_actions = Actions.from_dict(_allowed_actions)

        _routing_number = d.pop("routingNumber", None)
        routing_number: str | None = None
        if _routing_number is not None:
            routing_number = _routing_number
        _interest_rate = d.pop("interestRate", None)
        interest_rate: Decimal | None = None
        if _interest_rate is not None:
            interest_rate = to_decimal(_interest_rate)

        _interest_year_to_date = d.pop("interestYearToDate", None)
        interest_year_to_date: Money | None = None
        if _interest_year_to_date is not None:
            interest_year_to_date = Money.from_dict(_interest_year_to_date)

        _tpv_reference = d.pop("tpvReference", None)
        tpv_reference: str | None = None
        if _tpv_reference is not None:
            tpv_reference = _tpv_reference
        _tpv_product_code = d.pop("tpvProductCode", None)
        tpv_product_code: str | None = None
        if _tpv_product_code is not None:
            tpv_product_code = _tpv_product_code
        _overdraft_limit = d.pop("overdraftLimit", None)
        overdraft_limit: Money | None = None
        if _overdraft_limit is not None:
            overdraft_limit = Money.from_dict(_overdraft_limit)

        _overdraft_account_number = d.pop("overdraftAccountNumber", None)
        overdraft_account_number: str | None = None
        if _overdraft_account_number is not None:
            overdraft_account_number = _overdraft_account_number
        _overdraft_available_amount = d.pop("overdraftAvailableAmount", None)
        overdraft_available_amount: Money | None = None
        if _overdraft_available_amount is not None:
            overdraft_available_amount = Money.from_dict(_overdraft_available_amount)

        _current_year_eligible_contribution = d.pop("currentYearEligibleContribution", None)
        current_year_eligible_contribution: Money | None = None
        if _current_year_eligible_contribution is not None:
            current_year_eligible_contribution = Money.from_dict(_current_year_eligible_contribution)

        _last_year_eligible_contribution = d.pop("lastYearEligibleContribution", None)
        last_year_eligible_contribution: Money | None = None
        if _last_year_eligible_contribution is not None:
            last_year_eligible_contribution = Money.from_dict(_last_year_eligible_contribution)

        _last_year_max_contribution = d.pop("lastYearMaxContribution", None)
        last_year_max_contribution: Money | None = None
        if _last_year_max_contribution is not None:
            last_year_max_contribution = Money.from_dict(_last_year_max_contribution)

        _micr_number = d.pop("micrNumber", None)
        micr_number: str | None = None
        if _micr_number is not None:
            micr_number = _micr_number
        _escrow_balance = d.pop("escrowBalance", None)
        escrow_balance: Money | None = None
        if _escrow_balance is not None:
            escrow_balance = Money.from_dict(_escrow_balance)

        _current_principal_balance = d.pop("currentPrincipalBalance", None)
        current_principal_balance: Money | None = None
        if _current_principal_balance is not None:
            current_principal_balance = Money.from_dict(_current_principal_balance)

        _next_payment_amount = d.pop("nextPaymentAmount", None)
        next_payment_amount: Money | None = None
        if _next_payment_amount is not None:
            next_payment_amount = Money.from_dict(_next_payment_amount)

        _next_payment_date = d.pop("nextPaymentDate", None)
        next_payment_date: datetime.date | None = None
        if _next_payment_date is not None:
            next_payment_date = parse_date(_next_payment_date)

        _pay_off_amount = d.pop("payOffAmount", None)
        pay_off_amount: Money | None = None
        if _pay_off_amount is not None:
            pay_off_amount = Money.from_dict(_pay_off_amount)

        _calculated_pay_off_amount = d.pop("calculatedPayOffAmount", None)
        calculated_pay_off_amount: Money | None = None
        if _calculated_pay_off_amount is not None:
            calculated_pay_off_amount = Money.from_dict(_calculated_pay_off_amount)

        _minimum_payment = d.pop("minimumPayment", None)
        minimum_payment: Money | None = None
        if _minimum_payment is not None:
            minimum_payment = Money.from_dict(_minimum_payment)

        _line_of_credit_limit = d.pop("lineOfCreditLimit", None)
        line_of_credit_limit: Money | None = None
        if _line_of_credit_limit is not None:
            line_of_credit_limit = Money.from_dict(_line_of_credit_limit)

        _maturity_date = d.pop("maturityDate", None)
        maturity_date: datetime.date | None = None
        if _maturity_date is not None:
            maturity_date = parse_date(_maturity_date)

        _loan_origination_date = d.pop("loanOriginationDate", None)
        loan_origination_date: datetime.date | None = None
        if _loan_origination_date is not None:
            loan_origination_date = parse_date(_loan_origination_date)

        _term = d.pop("term", None)
        term: Term | None = None
        if _term is not None:
            term = Term.from_dict(_term)

        _past_principal_due_date = d.pop("pastPrincipalDueDate", None)
        past_principal_due_date: datetime.date | None = None
        if _past_principal_due_date is not None:
            past_principal_due_date = parse_date(_past_principal_due_date)

        _last_principal_payment_amount = d.pop("lastPrincipalPaymentAmount", None)
        last_principal_payment_amount: Money | None = None
        if _last_principal_payment_amount is not None:
            last_principal_payment_amount = Money.from_dict(_last_principal_payment_amount)

        _original_loan_amount = d.pop("originalLoanAmount", None)
        original_loan_amount: Money | None = None
        if _original_loan_amount is not None:
            original_loan_amount = Money.from_dict(_original_loan_amount)

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

        account.additional_properties = d
        return account
