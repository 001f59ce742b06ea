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
    from ..models.account_additional_info import AccountAdditionalInfo
    from ..models.account_status import AccountStatus
    from ..models.account_type import AccountType
    from ..models.allowed_actions import AllowedActions
    from ..models.money import Money
    from ..models.term import Term


T = TypeVar("T", bound="Account")


@_attrs_define
class Account(_Model):
    """
    Attributes:
        id (str): Opaque account key.
        institution_user_id (str):
        institution_id (str):
        account_number (str): Masked unless the token has accounts:read_unmasked.
        category (AccountCategory):
        type_ (AccountType):
        institution_customer_id (str | Unset):
        description (str | Unset):
        nick_name (str | Unset):
        primary_holder_name (str | Unset):
        current_balance (Money | Unset):
        available_balance (Money | Unset):
        last_statement_balance (Money | Unset):
        interest_year_to_date (Money | Unset):
        overdraft_limit (Money | Unset):
        overdraft_available_amount (Money | Unset):
        current_year_eligible_contribution (Money | Unset):
        last_year_eligible_contribution (Money | Unset):
        last_year_max_contribution (Money | Unset):
        escrow_balance (Money | Unset):
        current_principal_balance (Money | Unset):
        next_payment_amount (Money | Unset):
        pay_off_amount (Money | Unset):
        calculated_pay_off_amount (Money | Unset):
        minimum_payment (Money | Unset):
        line_of_credit_limit (Money | Unset):
        last_principal_payment_amount (Money | Unset):
        original_loan_amount (Money | Unset):
        status (AccountStatus | Unset):
        allowed_actions (AllowedActions | Unset):
        routing_number (str | Unset):
        micr_number (str | Unset):
        tpv_reference (str | Unset):
        tpv_product_code (str | Unset):
        overdraft_account_number (str | Unset):
        interest_rate (Decimal | Unset):
        next_payment_date (datetime.date | Unset):
        maturity_date (datetime.date | Unset):
        loan_origination_date (datetime.date | Unset):
        past_principal_due_date (datetime.date | Unset):
        term (Term | Unset):
        additional_info (AccountAdditionalInfo | Unset):
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
    interest_year_to_date: Money | Unset = UNSET
    overdraft_limit: Money | Unset = UNSET
    overdraft_available_amount: Money | Unset = UNSET
    current_year_eligible_contribution: Money | Unset = UNSET
    last_year_eligible_contribution: Money | Unset = UNSET
    last_year_max_contribution: Money | Unset = UNSET
    escrow_balance: Money | Unset = UNSET
    current_principal_balance: Money | Unset = UNSET
    next_payment_amount: Money | Unset = UNSET
    pay_off_amount: Money | Unset = UNSET
    calculated_pay_off_amount: Money | Unset = UNSET
    minimum_payment: Money | Unset = UNSET
    line_of_credit_limit: Money | Unset = UNSET
    last_principal_payment_amount: Money | Unset = UNSET
    original_loan_amount: Money | Unset = UNSET
    status: AccountStatus | Unset = UNSET
    allowed_actions: AllowedActions | Unset = UNSET
    routing_number: str | Unset = UNSET
    micr_number: str | Unset = UNSET
    tpv_reference: str | Unset = UNSET
    tpv_product_code: str | Unset = UNSET
    overdraft_account_number: str | Unset = UNSET
    interest_rate: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    next_payment_date: datetime.date | Unset = UNSET
    maturity_date: datetime.date | Unset = UNSET
    loan_origination_date: datetime.date | Unset = UNSET
    past_principal_due_date: datetime.date | Unset = UNSET
    term: Term | Unset = UNSET
    additional_info: AccountAdditionalInfo | Unset = UNSET
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
        interest_year_to_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_year_to_date, Unset):
            interest_year_to_date = self.interest_year_to_date.to_dict()
        overdraft_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdraft_limit, Unset):
            overdraft_limit = self.overdraft_limit.to_dict()
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
        escrow_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.escrow_balance, Unset):
            escrow_balance = self.escrow_balance.to_dict()
        current_principal_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_principal_balance, Unset):
            current_principal_balance = self.current_principal_balance.to_dict()
        next_payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_payment_amount, Unset):
            next_payment_amount = self.next_payment_amount.to_dict()
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
        last_principal_payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_principal_payment_amount, Unset):
            last_principal_payment_amount = self.last_principal_payment_amount.to_dict()
        original_loan_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_loan_amount, Unset):
            original_loan_amount = self.original_loan_amount.to_dict()
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        allowed_actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allowed_actions, Unset):
            allowed_actions = self.allowed_actions.to_dict()
        routing_number = self.routing_number
        micr_number = self.micr_number
        tpv_reference = self.tpv_reference
        tpv_product_code = self.tpv_product_code
        overdraft_account_number = self.overdraft_account_number
        interest_rate = self.interest_rate
        next_payment_date: str | Unset = UNSET
        if not isinstance(self.next_payment_date, Unset):
            next_payment_date = self.next_payment_date.isoformat()
        maturity_date: str | Unset = UNSET
        if not isinstance(self.maturity_date, Unset):
            maturity_date = self.maturity_date.isoformat()
        loan_origination_date: str | Unset = UNSET
        if not isinstance(self.loan_origination_date, Unset):
            loan_origination_date = self.loan_origination_date.isoformat()
        past_principal_due_date: str | Unset = UNSET
        if not isinstance(self.past_principal_due_date, Unset):
            past_principal_due_date = self.past_principal_due_date.isoformat()
        term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term, Unset):
            term = self.term.to_dict()
        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

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
        if interest_year_to_date is not UNSET:
            field_dict["interestYearToDate"] = interest_year_to_date
        if overdraft_limit is not UNSET:
            field_dict["overdraftLimit"] = overdraft_limit
        if overdraft_available_amount is not UNSET:
            field_dict["overdraftAvailableAmount"] = overdraft_available_amount
        if current_year_eligible_contribution is not UNSET:
            field_dict["currentYearEligibleContribution"] = current_year_eligible_contribution
        if last_year_eligible_contribution is not UNSET:
            field_dict["lastYearEligibleContribution"] = last_year_eligible_contribution
        if last_year_max_contribution is not UNSET:
            field_dict["lastYearMaxContribution"] = last_year_max_contribution
        if escrow_balance is not UNSET:
            field_dict["escrowBalance"] = escrow_balance
        if current_principal_balance is not UNSET:
            field_dict["currentPrincipalBalance"] = current_principal_balance
        if next_payment_amount is not UNSET:
            field_dict["nextPaymentAmount"] = next_payment_amount
        if pay_off_amount is not UNSET:
            field_dict["payOffAmount"] = pay_off_amount
        if calculated_pay_off_amount is not UNSET:
            field_dict["calculatedPayOffAmount"] = calculated_pay_off_amount
        if minimum_payment is not UNSET:
            field_dict["minimumPayment"] = minimum_payment
        if line_of_credit_limit is not UNSET:
            field_dict["lineOfCreditLimit"] = line_of_credit_limit
        if last_principal_payment_amount is not UNSET:
            field_dict["lastPrincipalPaymentAmount"] = last_principal_payment_amount
        if original_loan_amount is not UNSET:
            field_dict["originalLoanAmount"] = original_loan_amount
        if status is not UNSET:
            field_dict["status"] = status
        if allowed_actions is not UNSET:
            field_dict["allowedActions"] = allowed_actions
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if micr_number is not UNSET:
            field_dict["micrNumber"] = micr_number
        if tpv_reference is not UNSET:
            field_dict["tpvReference"] = tpv_reference
        if tpv_product_code is not UNSET:
            field_dict["tpvProductCode"] = tpv_product_code
        if overdraft_account_number is not UNSET:
            field_dict["overdraftAccountNumber"] = overdraft_account_number
        if interest_rate is not UNSET:
            field_dict["interestRate"] = interest_rate
        if next_payment_date is not UNSET:
            field_dict["nextPaymentDate"] = next_payment_date
        if maturity_date is not UNSET:
            field_dict["maturityDate"] = maturity_date
        if loan_origination_date is not UNSET:
            field_dict["loanOriginationDate"] = loan_origination_date
        if past_principal_due_date is not UNSET:
            field_dict["pastPrincipalDueDate"] = past_principal_due_date
        if term is not UNSET:
            field_dict["term"] = term
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_additional_info import AccountAdditionalInfo
        from ..models.account_status import AccountStatus
        from ..models.account_type import AccountType
        from ..models.allowed_actions import AllowedActions
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

        _interest_year_to_date = d.pop("interestYearToDate", UNSET)
        interest_year_to_date: Money | Unset
        if isinstance(_interest_year_to_date, Unset):
            interest_year_to_date = UNSET
        else:
            interest_year_to_date = Money.from_dict(_interest_year_to_date)

        _overdraft_limit = d.pop("overdraftLimit", UNSET)
        overdraft_limit: Money | Unset
        if isinstance(_overdraft_limit, Unset):
            overdraft_limit = UNSET
        else:
            overdraft_limit = Money.from_dict(_overdraft_limit)

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

        _status = d.pop("status", UNSET)
        status: AccountStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AccountStatus.from_dict(_status)

        _allowed_actions = d.pop("allowedActions", UNSET)
        allowed_actions: AllowedActions | Unset
        if isinstance(_allowed_actions, Unset):
            allowed_actions = UNSET
        else:
            allowed_actions = AllowedActions.from_dict(_allowed_actions)

        routing_number = d.pop("routingNumber", UNSET)
        micr_number = d.pop("micrNumber", UNSET)
        tpv_reference = d.pop("tpvReference", UNSET)
        tpv_product_code = d.pop("tpvProductCode", UNSET)
        overdraft_account_number = d.pop("overdraftAccountNumber", UNSET)
        _interest_rate = d.pop("interestRate", UNSET)
        interest_rate: Decimal | Unset
        if isinstance(_interest_rate, Unset):
            interest_rate = UNSET
        else:
            interest_rate = to_decimal(_interest_rate)

        _next_payment_date = d.pop("nextPaymentDate", UNSET)
        next_payment_date: datetime.date | Unset
        if isinstance(_next_payment_date, Unset):
            next_payment_date = UNSET
        else:
            next_payment_date = parse_date(_next_payment_date)

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

        _past_principal_due_date = d.pop("pastPrincipalDueDate", UNSET)
        past_principal_due_date: datetime.date | Unset
        if isinstance(_past_principal_due_date, Unset):
            past_principal_due_date = UNSET
        else:
            past_principal_due_date = parse_date(_past_principal_due_date)

        _term = d.pop("term", UNSET)
        term: Term | Unset
        if isinstance(_term, Unset):
            term = UNSET
        else:
            term = Term.from_dict(_term)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: AccountAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = AccountAdditionalInfo.from_dict(_additional_info)

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
            interest_year_to_date=interest_year_to_date,
            overdraft_limit=overdraft_limit,
            overdraft_available_amount=overdraft_available_amount,
            current_year_eligible_contribution=current_year_eligible_contribution,
            last_year_eligible_contribution=last_year_eligible_contribution,
            last_year_max_contribution=last_year_max_contribution,
            escrow_balance=escrow_balance,
            current_principal_balance=current_principal_balance,
            next_payment_amount=next_payment_amount,
            pay_off_amount=pay_off_amount,
            calculated_pay_off_amount=calculated_pay_off_amount,
            minimum_payment=minimum_payment,
            line_of_credit_limit=line_of_credit_limit,
            last_principal_payment_amount=last_principal_payment_amount,
            original_loan_amount=original_loan_amount,
            status=status,
            allowed_actions=allowed_actions,
            routing_number=routing_number,
            micr_number=micr_number,
            tpv_reference=tpv_reference,
            tpv_product_code=tpv_product_code,
            overdraft_account_number=overdraft_account_number,
            interest_rate=interest_rate,
            next_payment_date=next_payment_date,
            maturity_date=maturity_date,
            loan_origination_date=loan_origination_date,
            past_principal_due_date=past_principal_due_date,
            term=term,
            additional_info=additional_info,
        )

        account.additional_properties = d
        return account
