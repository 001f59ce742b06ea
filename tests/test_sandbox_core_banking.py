"""Core banking against the sandbox: the platform's 1.11.0 shapes through the typed client.

Legacy accounts arrive as XML and load as the shape their category names (deposit, loan, investment)
with every balance a Money of Decimals; customer accounts carry the platform's field names and types
(persistentTnum is a boolean, customerId is absent as in the platform's own example); the views,
the transactions' time-zone facts, the activity search's Accept-Encoding and value-less presence
filters, and the statement rule of the single-image call.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from candescent_async import BadRequestError
from candescent_async.sandbox import INSTITUTION_ID, Sandbox
from candescent_async.types.core_banking import (
    AdditionalFilters,
    DepositAccount,
    InvestmentAccount,
    LoanAccount,
    SearchCriteria,
    ServiceFilter,
    ServiceFilterCriteria,
    UXAccount,
)

pytestmark = pytest.mark.anyio


def _users(sandbox: Sandbox) -> tuple[Any, Any]:
    users = list(sandbox.world.users.values())
    return next(u for u in users if u.user_type == "retail"), next(u for u in users if u.user_type == "business")


async def test_legacy_accounts_load_as_their_category_shape_with_decimal_money() -> None:
    sandbox = Sandbox(seed=3)
    retail, _ = _users(sandbox)
    seeded = {a.data["id"]: a.data for a in sandbox.world.accounts_of(retail)}
    async with sandbox.client() as cd:
        answer = await cd.core_banking.list_accounts_legacy_v2(
            INSTITUTION_ID, retail.institution_user_id, get_export_acct_num=True
        )
    shapes = {type(a) for a in answer.account}
    assert shapes == {DepositAccount, LoanAccount, InvestmentAccount}
    for account in answer.account:
        data = seeded[account.id.value]
        assert account.category.value == data["category"]
        assert account.fi_customer_id.value == retail.institution_user_id
        assert account.fi_id.value == INSTITUTION_ID
        current = account.balance.current_balance
        assert current is not None
        assert isinstance(current.amount, Decimal) and current.amount == data["currentBalance"]["amount"]
        assert current.currency_code.value == "USD"
        assert account.member_number == retail.host_user_id.removeprefix("HU-")  # one string, not a list
        assert account.display_flag.transfer_from is data["allowedActions"]["transferFrom"]
        assert account.export_account_number == account.display_account_number
    loan = next(a for a in answer.account if isinstance(a, LoanAccount))
    assert isinstance(loan.next_payment_amount.amount, Decimal)  # type: ignore[union-attr]
    assert loan.next_payment_date == f"{seeded[loan.id.value]['nextPaymentDate']}+00:00"  # text, as the platform's
    assert loan.maturity_date == dt.date.fromisoformat(str(seeded[loan.id.value]["maturityDate"]))  # format: date
    assert loan.term == 60 and loan.term_type.value == "MONTHS"  # type: ignore[union-attr]


async def test_legacy_accounts_of_a_business_location_and_the_auth_id_rule() -> None:
    sandbox = Sandbox(seed=3)
    _, business = _users(sandbox)
    async with sandbox.client() as cd:
        answer = await cd.core_banking.list_accounts_legacy_v2(
            INSTITUTION_ID, business.institution_customer_id, intuit_ifs_user_type="PRIMARY_ADMIN"
        )
        assert len(answer.account) == len(sandbox.world.accounts_of(business))
        with pytest.raises(BadRequestError) as refused:
            await cd.core_banking.list_accounts_legacy_v2(
                INSTITUTION_ID, business.institution_customer_id, intuit_ifs_user_type="BUSINESS_USER"
            )
    assert refused.value.code == "25099"


async def test_customer_accounts_carry_the_platforms_names_and_types() -> None:
    sandbox = Sandbox(seed=3)
    retail, business = _users(sandbox)
    async with sandbox.client(host_user_id=retail.host_user_id) as cd:
        accounts = await cd.core_banking.get_customer_accounts_transactions_v1(retail.institution_user_id)
    assert isinstance(accounts, list) and all(isinstance(a, UXAccount) for a in accounts)
    checking = accounts[0]
    assert checking.customer_id is None  # absent, like the platform's own example answer
    assert checking.account_type.di_account_type.value == "CHECKING"
    assert checking.account_status.open_ is True
    assert isinstance(checking.balance.current_balance.amount, Decimal)
    first = checking.account_transaction[0]
    assert first.persistent_tnum is True
    assert isinstance(first.amount.amount, Decimal)
    assert first.transaction_date == sandbox.world.today
    async with sandbox.client(login_id=business.login_id) as cd:
        with pytest.raises(BadRequestError) as refused:
            await cd.core_banking.get_customer_accounts_transactions_v1(business.institution_user_id)
    assert refused.value.code == "UXU_10011"


async def test_account_views_and_loan_balances() -> None:
    sandbox = Sandbox(seed=3)
    retail, _ = _users(sandbox)
    loan_id = next(a.data["id"] for a in sandbox.world.accounts_of(retail) if a.data["category"] == "LOAN")
    async with sandbox.client(host_user_id=retail.host_user_id) as cd:
        small = await cd.core_banking.get_account_by_id_v1(loan_id, view_name="s")
        medium = await cd.core_banking.get_account_by_id_v1(loan_id, view_name="m")
        full = await cd.core_banking.get_account_by_id_v1(loan_id)
    assert small.nick_name is None and small.status is not None and small.micr_number is None
    assert medium.micr_number is None and medium.nick_name == full.nick_name
    assert isinstance(full.micr_number, str)
    principal = full.current_principal_balance
    assert principal is not None and principal.amount == full.current_balance.amount
    assert full.term.duration == 60
    assert isinstance(full.maturity_date, dt.date)


async def test_transactions_with_the_institutions_time_zone() -> None:
    sandbox = Sandbox(seed=3)
    retail, _ = _users(sandbox)
    checking = sandbox.world.accounts_of(retail)[0].data["id"]
    async with sandbox.client(host_user_id=retail.host_user_id) as cd:
        page = await cd.core_banking.list_account_transactions_v1(account_id=checking, top=5, additional_fields=True)
    info = {entry.key: entry.value for entry in page.additional_info.entry}
    assert info == {"timeZone": "America/New_York", "timeZoneOffset": "-5"}
    assert all(isinstance(t.amount.amount, Decimal) and t.amount.amount > 0 for t in page.transactions)


async def test_activity_search_takes_presence_filters_without_a_value_and_refuses_unknown_encodings() -> None:
    sandbox = Sandbox(seed=3)
    start = dt.datetime.combine(sandbox.world.today, dt.time(), dt.UTC) - dt.timedelta(days=2)
    present = AdditionalFilters(
        filters=[ServiceFilter(attribute_id="channel", criteria=ServiceFilterCriteria.ISPRESENT)]
    )
    body = SearchCriteria(start_time=start, end_time=start + dt.timedelta(days=1), additional_filters=present)
    assert "value" not in body.to_dict()["additionalFilters"]["filters"][0]
    async with sandbox.client() as cd:
        found = await cd.core_banking.search_banking_activities_v1(body=body, accept_encoding="gzip")
        assert found is not None and found.count == len(found.banking_activities) > 0
        with pytest.raises(BadRequestError) as refused:
            await cd.core_banking.search_banking_activities_v1(body=body, accept_encoding="br")
    assert refused.value.code == "BAS_10203"


async def test_one_statement_needs_its_statement_date() -> None:
    sandbox = Sandbox(seed=3)
    retail, _ = _users(sandbox)
    checking = sandbox.world.accounts_of(retail)[0].data["id"]
    today = sandbox.world.today
    async with sandbox.client(host_user_id=retail.host_user_id) as cd:
        statement = await cd.core_banking.get_banking_image_by_id_v1(
            "200", account_id=checking, image_type="STATEMENT", statement_date=today
        )
        assert statement.image_info_items.image_info[0].type_.value == "PDF"
        with pytest.raises(BadRequestError) as refused:
            await cd.core_banking.get_banking_image_by_id_v1("200", account_id=checking, image_type="STATEMENT")
    assert refused.value.code == "BIS_00022"
