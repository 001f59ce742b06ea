from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_category import AccountCategory
from ..types import UNSET, Unset, keys_only, parse_date, refuse_float, to_decimal
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

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
        institution_customer_id (str | Unset): The institution customer the account belongs to (for business users: the
            location).
        description (str | Unset):
        nick_name (str | Unset):
        primary_holder_name (str | Unset):
        current_balance (Money | Unset): An amount of money: exact (decimal.Decimal, never float) in a currency.
        available_balance (Money | Unset): What may be withdrawn now (the current balance less holds).
        last_statement_balance (Money | Unset): An amount of money: exact (decimal.Decimal, never float) in a currency.
        status (AccountStatus | Unset): The account's state, one flag each (open, closed, delinquent, ...).
        allowed_actions (Actions | Unset): What the user may do with the account (transfers, history, statements).
        routing_number (str | Unset): The institution's ABA routing number (9 digits).
        interest_rate (Decimal | Unset): The annual interest rate, in percent (3.5 means 3.5 %).
        interest_year_to_date (Money | Unset): Interest so far this calendar year.
        tpv_reference (str | Unset): A third-party vendor's reference for the account.
        tpv_product_code (str | Unset): A third-party vendor's product code for the account.
        overdraft_limit (Money | Unset): The most the account may be overdrawn.
        overdraft_account_number (str | Unset): The account that covers this one's overdrafts.
        overdraft_available_amount (Money | Unset): Overdraft coverage still available.
        current_year_eligible_contribution (Money | Unset): Retirement accounts: what may still be contributed for the
            current year.
        last_year_eligible_contribution (Money | Unset): Retirement accounts: what may still be contributed for the
            previous year.
        last_year_max_contribution (Money | Unset): Retirement accounts: the most that could be contributed for the
            previous year.
        micr_number (str | Unset): The account number as printed in magnetic ink on its checks (the MICR line).
        escrow_balance (Money | Unset): Loans: the money held in escrow (taxes, insurance).
        current_principal_balance (Money | Unset): Loans: the principal still owed.
        next_payment_amount (Money | Unset): Loans: the amount of the next payment due.
        next_payment_date (datetime.date | Unset): Loans: when the next payment is due (YYYY-MM-DD).
        pay_off_amount (Money | Unset): Loans: the amount that pays the loan off, as the host reports it.
        calculated_pay_off_amount (Money | Unset): Loans: the pay-off amount as the platform computes it from balances
            and interest.
        minimum_payment (Money | Unset): Loans and cards: the least that must be paid this period.
        line_of_credit_limit (Money | Unset): Credit lines and cards: the credit limit.
        maturity_date (datetime.date | Unset): Certificates and loans: when the term ends (YYYY-MM-DD).
        loan_origination_date (datetime.date | Unset): Loans: when the loan was made (YYYY-MM-DD).
        term (Term | Unset): Certificates and loans: the term's length and unit.
        past_principal_due_date (datetime.date | Unset): Loans: when an overdue principal payment was due (YYYY-MM-DD).
        last_principal_payment_amount (Money | Unset): Loans: the principal part of the latest payment.
        original_loan_amount (Money | Unset): Loans: the principal first lent.
    """

    id: str
    institution_user_id: str
    institution_id: str
    account_number: str
    category: AccountCategory
    type_: AccountType
    institution_customer_id: str | Unset = UNSET
    description: str | Unset = UNSET
    nick_name: str | Unset = UNSET
    primary_holder_name: str | Unset = UNSET
    current_balance: Money | Unset = UNSET
    available_balance: Money | Unset = UNSET
    last_statement_balance: Money | Unset = UNSET
    status: AccountStatus | Unset = UNSET
    allowed_actions: Actions | Unset = UNSET
    routing_number: str | Unset = UNSET
    interest_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    interest_year_to_date: Money | Unset = UNSET
    tpv_reference: str | Unset = UNSET
    tpv_product_code: str | Unset = UNSET
    overdraft_limit: Money | Unset = UNSET
    overdraft_account_number: str | Unset = UNSET
    overdraft_available_amount: Money | Unset = UNSET
    current_year_eligible_contribution: Money | Unset = UNSET
    last_year_eligible_contribution: Money | Unset = UNSET
    last_year_max_contribution: Money | Unset = UNSET
    micr_number: str | Unset = UNSET
    escrow_balance: Money | Unset = UNSET
    current_principal_balance: Money | Unset = UNSET
    next_payment_amount: Money | Unset = UNSET
    next_payment_date: datetime.date | Unset = UNSET
    pay_off_amount: Money | Unset = UNSET
    calculated_pay_off_amount: Money | Unset = UNSET
    minimum_payment: Money | Unset = UNSET
    line_of_credit_limit: Money | Unset = UNSET
    maturity_date: datetime.date | Unset = UNSET
    loan_origination_date: datetime.date | Unset = UNSET
    term: Term | Unset = UNSET
    past_principal_due_date: datetime.date | Unset = UNSET
    last_principal_payment_amount: Money | Unset = UNSET
    original_loan_amount: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id = self.id
        institution_user_id = self.institution_user_id
        institution_id = self.institution_id
        account_number = self.account_number
        category = AccountCategory(self.category).value
        type_ = self.type_.to_dict()
        institution_customer_id = self.institution_customer_id
        description = self.description
        nick_name = self.nick_name
        primary_holder_name = self.primary_holder_name
        current_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_balance, Unset):
            current_balance = self.current_balance.to_dict()
        available_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_balance, Unset):
            available_balance = self.available_balance.to_dict()
        last_statement_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_statement_balance, Unset):
            last_statement_balance = self.last_statement_balance.to_dict()
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        allowed_actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allowed_actions, Unset):
            allowed_actions = self.allowed_actions.to_dict()
        routing_number = self.routing_number
        interest_rate = self.interest_rate
        interest_year_to_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_year_to_date, Unset):
            interest_year_to_date = self.interest_year_to_date.to_dict()
        tpv_reference = self.tpv_reference
        tpv_product_code = self.tpv_product_code
        overdraft_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdraft_limit, Unset):
            overdraft_limit = self.overdraft_limit.to_dict()
        overdraft_account_number = self.overdraft_account_number
        overdraft_available_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdraft_available_amount, Unset):
            overdraft_available_amount = self.overdraft_available_amount.to_dict()
        current_year_eligible_contribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_year_eligible_contribution, Unset):
            current_year_eligible_contribution = self.current_year_eligible_contribution.to_dict()
        last_year_eligible_contribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_year_eligible_contribution, Unset):
            last_year_eligible_contribution = self.last_year_eligible_contribution.to_dict()
        last_year_max_contribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_year_max_contribution, Unset):
            last_year_max_contribution = self.last_year_max_contribution.to_dict()
        micr_number = self.micr_number
        escrow_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.escrow_balance, Unset):
            escrow_balance = self.escrow_balance.to_dict()
        current_principal_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_principal_balance, Unset):
            current_principal_balance = self.current_principal_balance.to_dict()
        next_payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_payment_amount, Unset):
            next_payment_amount = self.next_payment_amount.to_dict()
        next_payment_date: str | Unset = UNSET
        if not isinstance(self.next_payment_date, Unset):
            next_payment_date = self.next_payment_date.isoformat()
        pay_off_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_off_amount, Unset):
            pay_off_amount = self.pay_off_amount.to_dict()
        calculated_pay_off_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calculated_pay_off_amount, Unset):
            calculated_pay_off_amount = self.calculated_pay_off_amount.to_dict()
        minimum_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.minimum_payment, Unset):
            minimum_payment = self.minimum_payment.to_dict()
        line_of_credit_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_of_credit_limit, Unset):
            line_of_credit_limit = self.line_of_credit_limit.to_dict()
        maturity_date: str | Unset = UNSET
        if not isinstance(self.maturity_date, Unset):
            maturity_date = self.maturity_date.isoformat()
        loan_origination_date: str | Unset = UNSET
        if not isinstance(self.loan_origination_date, Unset):
            loan_origination_date = self.loan_origination_date.isoformat()
        term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term, Unset):
            term = self.term.to_dict()
        past_principal_due_date: str | Unset = UNSET
        if not isinstance(self.past_principal_due_date, Unset):
            past_principal_due_date = self.past_principal_due_date.isoformat()
        last_principal_payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_principal_payment_amount, Unset):
            last_principal_payment_amount = self.last_principal_payment_amount.to_dict()
        original_loan_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_loan_amount, Unset):
            original_loan_amount = self.original_loan_amount.to_dict()

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
        if institution_customer_id is not UNSET:
            field_dict["institutionCustomerId"] = institution_customer_id
        if description is not UNSET:
            field_dict["description"] = description
        if nick_name is not UNSET:
            field_dict["nickName"] = nick_name
        if primary_holder_name is not UNSET:
            field_dict["primaryHolderName"] = primary_holder_name
        if current_balance is not UNSET:
            field_dict["currentBalance"] = current_balance
        if available_balance is not UNSET:
            field_dict["availableBalance"] = available_balance
        if last_statement_balance is not UNSET:
            field_dict["lastStatementBalance"] = last_statement_balance
        if status is not UNSET:
            field_dict["status"] = status
        if allowed_actions is not UNSET:
            field_dict["allowedActions"] = allowed_actions
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if interest_rate is not UNSET:
            field_dict["interestRate"] = interest_rate
        if interest_year_to_date is not UNSET:
            field_dict["interestYearToDate"] = interest_year_to_date
        if tpv_reference is not UNSET:
            field_dict["tpvReference"] = tpv_reference
        if tpv_product_code is not UNSET:
            field_dict["tpvProductCode"] = tpv_product_code
        if overdraft_limit is not UNSET:
            field_dict["overdraftLimit"] = overdraft_limit
        if overdraft_account_number is not UNSET:
            field_dict["overdraftAccountNumber"] = overdraft_account_number
        if overdraft_available_amount is not UNSET:
            field_dict["overdraftAvailableAmount"] = overdraft_available_amount
        if current_year_eligible_contribution is not UNSET:
            field_dict["currentYearEligibleContribution"] = current_year_eligible_contribution
        if last_year_eligible_contribution is not UNSET:
            field_dict["lastYearEligibleContribution"] = last_year_eligible_contribution
        if last_year_max_contribution is not UNSET:
            field_dict["lastYearMaxContribution"] = last_year_max_contribution
        if micr_number is not UNSET:
            field_dict["micrNumber"] = micr_number
        if escrow_balance is not UNSET:
            field_dict["escrowBalance"] = escrow_balance
        if current_principal_balance is not UNSET:
            field_dict["currentPrincipalBalance"] = current_principal_balance
        if next_payment_amount is not UNSET:
            field_dict["nextPaymentAmount"] = next_payment_amount
        if next_payment_date is not UNSET:
            field_dict["nextPaymentDate"] = next_payment_date
        if pay_off_amount is not UNSET:
            field_dict["payOffAmount"] = pay_off_amount
        if calculated_pay_off_amount is not UNSET:
            field_dict["calculatedPayOffAmount"] = calculated_pay_off_amount
        if minimum_payment is not UNSET:
            field_dict["minimumPayment"] = minimum_payment
        if line_of_credit_limit is not UNSET:
            field_dict["lineOfCreditLimit"] = line_of_credit_limit
        if maturity_date is not UNSET:
            field_dict["maturityDate"] = maturity_date
        if loan_origination_date is not UNSET:
            field_dict["loanOriginationDate"] = loan_origination_date
        if term is not UNSET:
            field_dict["term"] = term
        if past_principal_due_date is not UNSET:
            field_dict["pastPrincipalDueDate"] = past_principal_due_date
        if last_principal_payment_amount is not UNSET:
            field_dict["lastPrincipalPaymentAmount"] = last_principal_payment_amount
        if original_loan_amount is not UNSET:
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

        institution_customer_id = d.pop("institutionCustomerId", UNSET)
        description = d.pop("description", UNSET)
        nick_name = d.pop("nickName", UNSET)
        primary_holder_name = d.pop("primaryHolderName", UNSET)
        _current_balance = d.pop("currentBalance", UNSET)
        current_balance: Money | Unset
        if isinstance(_current_balance, Unset):
            current_balance = UNSET
        else:
            current_balance = Money.from_dict(_current_balance)

        _available_balance = d.pop("availableBalance", UNSET)
        available_balance: Money | Unset
        if isinstance(_available_balance, Unset):
            available_balance = UNSET
        else:
            available_balance = Money.from_dict(_available_balance)

        _last_statement_balance = d.pop("lastStatementBalance", UNSET)
        last_statement_balance: Money | Unset
        if isinstance(_last_statement_balance, Unset):
            last_statement_balance = UNSET
        else:
            last_statement_balance = Money.from_dict(_last_statement_balance)

        _status = d.pop("status", UNSET)
        status: AccountStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AccountStatus.from_dict(_status)

        _allowed_actions = d.pop("allowedActions", UNSET)
        allowed_actions: Actions | Unset
        if isinstance(_allowed_actions, Unset):
            allowed_actions = UNSET
        else:
            allowed_actions = Actions.from_dict(_allowed_actions)

        routing_number = d.pop("routingNumber", UNSET)
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

        tpv_reference = d.pop("tpvReference", UNSET)
        tpv_product_code = d.pop("tpvProductCode", UNSET)
        _overdraft_limit = d.pop("overdraftLimit", UNSET)
        overdraft_limit: Money | Unset
        if isinstance(_overdraft_limit, Unset):
            overdraft_limit = UNSET
        else:
            overdraft_limit = Money.from_dict(_overdraft_limit)

        overdraft_account_number = d.pop("overdraftAccountNumber", UNSET)
        _overdraft_available_amount = d.pop("overdraftAvailableAmount", UNSET)
        overdraft_available_amount: Money | Unset
        if isinstance(_overdraft_available_amount, Unset):
            overdraft_available_amount = UNSET
        else:
            overdraft_available_amount = Money.from_dict(_overdraft_available_amount)

        _current_year_eligible_contribution = d.pop("currentYearEligibleContribution", UNSET)
        current_year_eligible_contribution: Money | Unset
        if isinstance(_current_year_eligible_contribution, Unset):
            current_year_eligible_contribution = UNSET
        else:
            current_year_eligible_contribution = Money.from_dict(_current_year_eligible_contribution)

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
        _escrow_balance = d.pop("escrowBalance", UNSET)
        escrow_balance: Money | Unset
        if isinstance(_escrow_balance, Unset):
            escrow_balance = UNSET
        else:
            escrow_balance = Money.from_dict(_escrow_balance)

        _current_principal_balance = d.pop("currentPrincipalBalance", UNSET)
        current_principal_balance: Money | Unset
        if isinstance(_current_principal_balance, Unset):
            current_principal_balance = UNSET
        else:
            current_principal_balance = Money.from_dict(_current_principal_balance)

        _next_payment_amount = d.pop("nextPaymentAmount", UNSET)
        next_payment_amount: Money | Unset
        if isinstance(_next_payment_amount, Unset):
            next_payment_amount = UNSET
        else:
            next_payment_amount = Money.from_dict(_next_payment_amount)

        _next_payment_date = d.pop("nextPaymentDate", UNSET)
        next_payment_date: datetime.date | Unset
        if isinstance(_next_payment_date, Unset):
            next_payment_date = UNSET
        else:
            next_payment_date = parse_date(_next_payment_date)

        _pay_off_amount = d.pop("payOffAmount", UNSET)
        pay_off_amount: Money | Unset
        if isinstance(_pay_off_amount, Unset):
            pay_off_amount = UNSET
        else:
            pay_off_amount = Money.from_dict(_pay_off_amount)

        _calculated_pay_off_amount = d.pop("calculatedPayOffAmount", UNSET)
        calculated_pay_off_amount: Money | Unset
        if isinstance(_calculated_pay_off_amount, Unset):
            calculated_pay_off_amount = UNSET
        else:
            calculated_pay_off_amount = Money.from_dict(_calculated_pay_off_amount)

        _minimum_payment = d.pop("minimumPayment", UNSET)
        minimum_payment: Money | Unset
        if isinstance(_minimum_payment, Unset):
            minimum_payment = UNSET
        else:
            minimum_payment = Money.from_dict(_minimum_payment)

        _line_of_credit_limit = d.pop("lineOfCreditLimit", UNSET)
        line_of_credit_limit: Money | Unset
        if isinstance(_line_of_credit_limit, Unset):
            line_of_credit_limit = UNSET
        else:
            line_of_credit_limit = Money.from_dict(_line_of_credit_limit)

        _maturity_date = d.pop("maturityDate", UNSET)
        maturity_date: datetime.date | Unset
        if isinstance(_maturity_date, Unset):
            maturity_date = UNSET
        else:
            maturity_date = parse_date(_maturity_date)

        _loan_origination_date = d.pop("loanOriginationDate", UNSET)
        loan_origination_date: datetime.date | Unset
        if isinstance(_loan_origination_date, Unset):
            loan_origination_date = UNSET
        else:
            loan_origination_date = parse_date(_loan_origination_date)

        _term = d.pop("term", UNSET)
        term: Term | Unset
        if isinstance(_term, Unset):
            term = UNSET
        else:
            term = Term.from_dict(_term)

        _past_principal_due_date = d.pop("pastPrincipalDueDate", UNSET)
        past_principal_due_date: datetime.date | Unset
        if isinstance(_past_principal_due_date, Unset):
            past_principal_due_date = UNSET
        else:
            past_principal_due_date = parse_date(_past_principal_due_date)

        _last_principal_payment_amount = d.pop("lastPrincipalPaymentAmount", UNSET)
        last_principal_payment_amount: Money | Unset
        if isinstance(_last_principal_payment_amount, Unset):
            last_principal_payment_amount = UNSET
        else:
            last_principal_payment_amount = Money.from_dict(_last_principal_payment_amount)

        _original_loan_amount = d.pop("originalLoanAmount", UNSET)
        original_loan_amount: Money | Unset
        if isinstance(_original_loan_amount, Unset):
            original_loan_amount = UNSET
        else:
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
