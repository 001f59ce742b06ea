"""A walk through candescent-async against the embedded sandbox: no credentials, no network.

Run it with `make demo` (or `python examples/quickstart.py` inside the project's venv).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import anyio

from candescent_async import BadRequestError, CandescentClient
from candescent_async.pagination import paginate
from candescent_async.sandbox import Sandbox


def step(title: str) -> None:
    print(f"\n== {title}")


async def main() -> None:
    sandbox = Sandbox(seed=42)
    user = next(iter(sandbox.world.users.values()))
    print("Candescent sandbox (in-process), institution 01234")
    print(f"Signed in as the client application, acting for user {user.login_id} (hostUserId {user.host_user_id})")

    client: CandescentClient = sandbox.client(host_user_id=user.host_user_id)
    async with client as cd:
        step("1. Get a token (OAuth v2 client credentials; the client does this on first use)")
        token = await cd._transport.tokens.get("v2", cd._transport.send_auth)  # type: ignore[union-attr]
        expires = dt.datetime.fromtimestamp(token.expires_at).strftime("%H:%M:%S")
        print(f"   {token.kind} token obtained, expires at {expires}; never printed, never logged")

        step("2. List deposit accounts with an OData filter: category eq 'DEPOSIT'")
        accounts = await cd.core_banking.list_accounts_v1(filter_="category eq 'DEPOSIT'")
        for account in accounts.accounts:
            balance = account.current_balance.amount  # type: ignore[union-attr]
            kind = type(balance).__name__
            print(f"   {account.description:<18} {account.account_number}  balance {balance:>12}  ({kind})")
        checking, savings = accounts.accounts[0], accounts.accounts[1]

        step("3. Walk the checking account's history, 500 transactions a page ($skip/$top)")
        pages = 0
        total = Decimal(0)
        count = 0
        async for page in paginate(
            cd.core_banking.list_account_transactions_v1, account_id=checking.id, page_size=500
        ).pages():
            pages += 1
            for txn in page.transactions:
                count += 1
                total += txn.amount.amount if txn.is_credit_transaction else -txn.amount.amount
        print(f"   {count} transactions in {pages} pages; net flow {total} (exact Decimal arithmetic)")

        step("4. Create a recipient")
        from candescent_generated.money_movement.models import Money, Recipient, Schedule, Transfer

        created = await cd.money_movement.create_recipient_v1(
            body=Recipient(
                member_number="884211",
                account_number="7001234",
                account_type="SAVINGS",
                nick_name="Mom",
                pass_code="DOE",  # noqa: S106 - the sandbox's demo passcode
            )
        )
        recipient = created.recipients[0]
        print(f"   recipient {recipient.nick_name!r} created with id {recipient.id}")
        print(f"   its repr hides the passcode: {'DOE' not in repr(recipient)}")

        step("5. Schedule a recurring transfer: 12 monthly payments of 250.00 on the 31st")
        start = sandbox.world.today + dt.timedelta(days=3)
        schedule = Schedule(
            life_type="NUMBEROFEXECUTIONS",
            number_of_executions=12,
            frequency="MONTHLY",
            start_date=start,
            days_of_month=[31],
        )
        transfer = await cd.money_movement.create_transfer_v1(
            body=Transfer(
                from_account_id=checking.id,
                to_account_id=savings.id,
                amount=Money(amount=Decimal("250.00"), currency_code="USD"),
                schedule=schedule,
            )
        )
        assert isinstance(transfer.schedule, Schedule)
        print(
            f"   {transfer.status}: next run {transfer.schedule.next_execution_date}, "
            f"last run {transfer.schedule.final_execution_date} (short months run on their last day)"
        )
        try:
            await cd.money_movement.create_transfer_v1(
                body=Transfer(
                    from_account_id=checking.id,
                    to_account_id=checking.id,
                    amount=Money(amount=Decimal("1.00"), currency_code="USD"),
                )
            )
        except BadRequestError as exc:
            print(f"   a transfer to the same account is refused: {exc.code} {exc.message}")

    print("\nDone: the client revoked its tokens and closed its connections on exit.")


if __name__ == "__main__":
    anyio.run(main)
