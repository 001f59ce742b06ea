"""The demo's core steps with the blocking client, for scripts and notebooks: no await, same rules.

Run it with `python examples/quickstart_blocking.py` inside the project's venv.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from candescent_async import BlockingCandescentClient, NotFoundError
from candescent_async.odata import ACCOUNTS, F
from candescent_async.sandbox import Sandbox
from candescent_async.transfers import Schedule, TransferRequest


def main() -> None:
    sandbox = Sandbox(seed=42)
    user = next(iter(sandbox.world.users.values()))
    print(f"Candescent sandbox (in-process), blocking client, acting for hostUserId {user.host_user_id}")

    cd: BlockingCandescentClient = sandbox.blocking_client(host_user_id=user.host_user_id)
    with cd:
        accounts = cd.core_banking.list_accounts_v1(filter_=ACCOUNTS.filter(F.category == "DEPOSIT")).accounts
        for account in accounts:
            print(
                f"   {account.description:<18} {account.account_number}  balance {account.current_balance.amount:>12}"
            )
        checking, savings = accounts[0], accounts[1]

        count, net = 0, Decimal(0)
        for txn in cd.paginate(cd.core_banking.list_account_transactions_v1, account_id=checking.id, page_size=500):
            count += 1
            net += txn.amount.amount if txn.is_credit_transaction else -txn.amount.amount
        print(f"   {count} transactions walked; net flow {net} (exact Decimal arithmetic)")

        schedule = Schedule.monthly(31, start=sandbox.world.today + dt.timedelta(days=3), occurrences=12)
        request = TransferRequest.internal(checking, savings, Decimal("250.00"), schedule=schedule)
        transfer = cd.money_movement.create_transfer_v1(body=request.to_model())
        print(f"   transfer {transfer.status}: next run {transfer.schedule.next_execution_date}")

        try:
            cd.core_banking.get_account_by_id_v1("no-such-account")
        except NotFoundError as exc:
            print(f"   errors are the same typed errors: {type(exc).__name__} [{exc.code}]")

        other = next(u for u in sandbox.world.users.values() if u is not user)
        mine = len(cd.for_user(host_user_id=other.host_user_id).core_banking.list_accounts_v1().accounts)
        print(f"   a per-user view for {other.host_user_id} sees its {mine} accounts on the same token and pool")
    grants = sum(sandbox.token_requests.values())
    print(f"\nDone: {grants} token request in all; the client closed its connections on exit.")


if __name__ == "__main__":
    main()
