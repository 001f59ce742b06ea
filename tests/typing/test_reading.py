"""Type-checked by ``make typecheck`` (mypy --strict), and run by pytest: user code reads every field of
an account, a transaction page, a transaction, a transfer and an error, and walks pages, with no
``type: ignore`` and no casts. Each ``assert_type`` fails type-checking if a field's type drifts (an
optional field is ``X | None``, never a sentinel); the values are read from the sandbox.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, assert_type

import pytest

from candescent_async import APIStatusError, AsyncPaginator, CandescentClient, NotFoundError, paginate
from candescent_async.sandbox import Sandbox
from candescent_async.transfers import TransferRequest, create_transfer
from candescent_async.types import core_banking as cb
from candescent_async.types import money_movement as mm

pytestmark = pytest.mark.anyio


def read_account(account: cb.Account) -> None:
    assert_type(account.id, str)
    assert_type(account.institution_user_id, str)
    assert_type(account.institution_id, str)
    assert_type(account.account_number, str)
    assert_type(account.category, cb.AccountCategory)
    assert_type(account.type_, cb.AccountType)
    assert_type(account.institution_customer_id, str | None)
    assert_type(account.description, str | None)
    assert_type(account.nick_name, str | None)
    assert_type(account.primary_holder_name, str | None)
    assert_type(account.current_balance, cb.Money | None)
    assert_type(account.available_balance, cb.Money | None)
    assert_type(account.last_statement_balance, cb.Money | None)
    assert_type(account.status, cb.AccountStatus | None)
    assert_type(account.allowed_actions, cb.Actions | None)
    assert_type(account.routing_number, str | None)
    assert_type(account.interest_rate, Decimal | None)
    assert_type(account.interest_year_to_date, cb.Money | None)
    assert_type(account.tpv_reference, str | None)
    assert_type(account.tpv_product_code, str | None)
    assert_type(account.overdraft_limit, cb.Money | None)
    assert_type(account.overdraft_account_number, str | None)
    assert_type(account.overdraft_available_amount, cb.Money | None)
    assert_type(account.current_year_eligible_contribution, cb.Money | None)
    assert_type(account.last_year_eligible_contribution, cb.Money | None)
    assert_type(account.last_year_max_contribution, cb.Money | None)
    assert_type(account.micr_number, str | None)
    assert_type(account.escrow_balance, cb.Money | None)
    assert_type(account.current_principal_balance, cb.Money | None)
    assert_type(account.next_payment_amount, cb.Money | None)
    assert_type(account.next_payment_date, dt.date | None)
    assert_type(account.pay_off_amount, cb.Money | None)
    assert_type(account.calculated_pay_off_amount, cb.Money | None)
    assert_type(account.minimum_payment, cb.Money | None)
    assert_type(account.line_of_credit_limit, cb.Money | None)
    assert_type(account.maturity_date, dt.date | None)
    assert_type(account.loan_origination_date, dt.date | None)
    assert_type(account.term, cb.Term | None)
    assert_type(account.past_principal_due_date, dt.date | None)
    assert_type(account.last_principal_payment_amount, cb.Money | None)
    assert_type(account.original_loan_amount, cb.Money | None)
    assert_type(account.additional_properties, dict[str, Any])
    if account.current_balance is not None:  # an optional field: narrowed, then read
        assert_type(account.current_balance.amount, Decimal)
        assert_type(account.current_balance.currency_code, cb.CurrencyCode)


def read_page(page: cb.TransactionsResponse) -> None:
    assert_type(page.transactions, list[cb.Transaction])
    assert_type(page.pagination, cb.Pagination | None)
    assert_type(page.additional_info, cb.TransactionsResponseAdditionalInfo | None)
    assert_type(page.additional_properties, dict[str, Any])


def read_transaction(txn: cb.Transaction) -> None:
    assert_type(txn.id, str)
    assert_type(txn.institution_id, str)
    assert_type(txn.institution_user_id, str)
    assert_type(txn.account_id, str)
    assert_type(txn.amount, cb.Money1)
    assert_type(txn.type_, cb.TransactionType)
    assert_type(txn.is_credit_transaction, bool)
    assert_type(txn.is_exportable, bool)
    assert_type(txn.is_pending, bool)
    assert_type(txn.institution_customer_id, str | None)
    assert_type(txn.transaction_number, str | None)
    assert_type(txn.host_transaction_id, str | None)
    assert_type(txn.transaction_date, dt.date | None)
    assert_type(txn.effective_date, dt.date | None)
    assert_type(txn.memo, str | None)
    assert_type(txn.description, str | None)
    assert_type(txn.fee, cb.Money1 | None)
    assert_type(txn.amount_to_principal, cb.Money1 | None)
    assert_type(txn.amount_to_escrow, cb.Money1 | None)
    assert_type(txn.amount_to_interest, cb.Money1 | None)
    assert_type(txn.unapplied_funds_balance, cb.Money1 | None)
    assert_type(txn.ledger_balance, cb.Money1 | None)
    assert_type(txn.check_number, str | None)
    assert_type(txn.micr_number, str | None)
    assert_type(txn.bai_code, str | None)
    assert_type(txn.transaction_image, cb.TransactionImage | None)
    assert_type(txn.additional_info, cb.TransactionAdditionalInfo | None)
    assert_type(txn.additional_properties, dict[str, Any])
    assert_type(txn.amount.amount, Decimal)


def read_transfer(transfer: mm.Transfer) -> None:
    assert_type(transfer.from_account_holder_id, str | None)
    assert_type(transfer.to_account_holder_id, str | None)
    assert_type(transfer.from_account_id, str | None)
    assert_type(transfer.to_account_id, str | None)
    assert_type(transfer.amount, mm.Money | None)
    assert_type(transfer.memo, str | None)
    assert_type(transfer.payment_option, mm.PaymentOptionType | None)
    assert_type(transfer.previous_year_contribution, bool | None)
    assert_type(transfer.status, mm.TransferStatus | None)
    assert_type(transfer.confirmation, str | None)
    assert_type(transfer.fee, mm.Money | None)
    assert_type(transfer.payoff_amount, mm.Money | None)
    assert_type(transfer.notification_message, str | None)
    assert_type(transfer.id, str | None)
    assert_type(transfer.schedule, mm.Schedule | None)
    assert_type(transfer.type_, str | None)
    assert_type(transfer.additional_info, mm.AdditionalInfo | None)
    assert_type(transfer.additional_properties, dict[str, Any])


def read_error(error: APIStatusError) -> None:
    assert_type(error.status_code, int)
    assert_type(error.code, str | None)
    assert_type(error.message, str)
    assert_type(error.trace_id, str | None)
    assert_type(error.operation, str | None)
    assert_type(error.body, Any)
    assert_type(error.raw_body, bytes)
    assert_type(error.details, list[Any])


def walk_types(cd: CandescentClient) -> None:
    walk = paginate(cd.core_banking.list_account_transactions_v1, account_id="A-1")
    assert_type(walk, AsyncPaginator[cb.TransactionsResponse, cb.Transaction])
    assert_type(
        walk.with_options(page_size=200, max_items=1_000), AsyncPaginator[cb.TransactionsResponse, cb.Transaction]
    )
    accounts = paginate(cd.core_banking.list_accounts_v1)
    assert_type(accounts, AsyncPaginator[cb.AccountsResponse, cb.Account])


async def test_every_field_reads_with_its_declared_type() -> None:
    sandbox = Sandbox(seed=15, transactions_per_account=30)
    async with sandbox.client(host_user_id="HU-1001") as cd:
        walk_types(cd)
        accounts = await cd.core_banking.list_accounts_v1()
        for account in accounts.accounts:
            read_account(account)
        checking, savings = accounts.accounts[0], accounts.accounts[1]
        pages = 0
        async for page in paginate(cd.core_banking.list_account_transactions_v1, account_id=checking.id).pages():
            read_page(page)
            pages += 1
        assert pages >= 1
        async for txn in paginate(cd.core_banking.list_account_transactions_v1, account_id=checking.id):
            read_transaction(txn)
        request = TransferRequest.internal(checking, savings, Decimal("12.50"), memo="typed")
        transfer = await create_transfer(cd, request)
        read_transfer(transfer)
        assert transfer.amount is not None and transfer.amount.amount == Decimal("12.50")
        with pytest.raises(NotFoundError) as info:
            await cd.core_banking.get_account_by_id_v1("no-such-account")
        read_error(info.value)
        assert info.value.status_code == 404 and info.value.trace_id
