"""The blocking client: the async client's own methods through a portal, same errors and lifecycle."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from candescent_async import BlockingCandescentClient, ClientClosedError, NotFoundError, OutcomeUnknownError
from candescent_async.sandbox import DEMO_CLIENT_SECRET, Fault, Sandbox

ROOT = Path(__file__).resolve().parent.parent


def test_the_blocking_demo_runs_and_prints_no_secret() -> None:
    script = ROOT / "examples" / "quickstart_blocking.py"
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "2500 transactions walked" in result.stdout
    assert "NotFoundError [ACC_00012]" in result.stdout
    assert "1 token request in all" in result.stdout
    assert DEMO_CLIENT_SECRET not in result.stdout + result.stderr


def test_same_errors_same_money_rules_and_a_closed_client_is_refused() -> None:
    sandbox = Sandbox(seed=2)
    user = next(iter(sandbox.world.users.values()))
    cd = sandbox.blocking_client(host_user_id=user.host_user_id)
    with cd:
        with pytest.raises(NotFoundError):
            cd.core_banking.get_account_by_id_v1("missing")
        sandbox.faults.add("listRecipientsV1", Fault.status_code(503, times=1))
        assert cd.money_movement.list_recipients_v1() is not None  # retried: a safe read
        sandbox.faults.add("createRecipientV1", Fault.status_code(503, times=1))
        from candescent_async.types.money_movement import DIAccountType, Recipient

        recipient = Recipient(member_number="1", account_number="2", account_type=DIAccountType.SAVINGS, nick_name="x")
        with pytest.raises(OutcomeUnknownError):
            cd.money_movement.create_recipient_v1(body=recipient)
        assert sandbox.calls["createRecipientV1"] == 1
        raw = cd.core_banking.with_raw_response.list_accounts_v1()
        assert raw.status_code == 200 and raw.trace_id
    with pytest.raises(ClientClosedError):
        cd.core_banking.list_accounts_v1()
    assert sandbox.token_requests["v2:client_credentials"] == 1


def test_it_works_where_an_event_loop_is_already_running_as_in_a_notebook() -> None:
    sandbox = Sandbox(seed=2)
    user = next(iter(sandbox.world.users.values()))

    async def notebook_cell() -> int:
        with sandbox.blocking_client(host_user_id=user.host_user_id) as cd:
            return len(cd.core_banking.list_accounts_v1().accounts)

    assert asyncio.run(notebook_cell()) == len(sandbox.world.accounts_of(user))


def test_views_share_the_portal_and_closing_a_view_closes_nothing() -> None:
    sandbox = Sandbox(seed=2)
    users = list(sandbox.world.users.values())[:2]
    with BlockingCandescentClient._wrap(sandbox.client) as cd:
        view = cd.for_user(host_user_id=users[1].host_user_id).with_options(max_retries=0)
        assert view.core_banking.list_accounts_v1().accounts
        view.close()
        assert cd.for_user(host_user_id=users[0].host_user_id).core_banking.list_accounts_v1().accounts
    assert sandbox.token_requests["v2:client_credentials"] == 1
