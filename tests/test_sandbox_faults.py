"""Fault injection: the admin endpoint and the Python API refuse what would not do what was asked,
and the in-process transport honours timeouts (a hang ends in APITimeoutError, never a stuck test)."""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx2
import pytest

from candescent_async import APITimeoutError, InternalServerError
from candescent_async.sandbox import Fault, Sandbox

pytestmark = pytest.mark.anyio


def _retail(sandbox: Sandbox) -> Any:
    return next(u for u in sandbox.world.users.values() if u.user_type == "retail")


@pytest.fixture
async def admin() -> AsyncIterator[tuple[Sandbox, httpx2.AsyncClient]]:
    sandbox = Sandbox(seed=3)
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=sandbox.app), base_url="http://sb") as http:
        yield sandbox, http


BAD_BODIES: list[tuple[Any, str]] = [
    (b"", "must be a JSON object"),
    (b"not json", "must be a JSON object"),
    ([{"operation": "getAccountByIdV1", "kind": "drop"}], "must be a JSON object"),
    ({"kind": "drop"}, "operation is required"),
    ({"operation": 7, "kind": "drop"}, "operation is required"),
    ({"operation": "getAcountByIdV1", "kind": "drop"}, "unknown operation 'getAcountByIdV1'.*getAccountByIdV1"),
    ({"operation": "getAccountById", "kind": "drop"}, "unknown operation"),
    ({"operation": "getAccountByIdV1"}, "kind is required"),
    (
        {"operation": "getAccountByIdV1", "kind": "explode"},
        "unknown fault kind 'explode'.*hang, drop",
    ),
    ({"operation": "getAccountByIdV1", "kind": "drop", "times": 0}, "times must be an integer >= 1"),
    ({"operation": "getAccountByIdV1", "kind": "drop", "times": -1}, "times must be"),
    ({"operation": "getAccountByIdV1", "kind": "drop", "times": "2"}, "times must be"),
    ({"operation": "getAccountByIdV1", "kind": "drop", "times": True}, "times must be"),
    ({"operation": "getAccountByIdV1", "kind": "status", "status": 200}, "status must be an integer 400-599"),
    ({"operation": "getAccountByIdV1", "kind": "status", "status": 600}, "status must be"),
    ({"operation": "getAccountByIdV1", "kind": "status", "status": "503"}, "status must be"),
    ({"operation": "getAccountByIdV1", "kind": "status", "retry_after": [1]}, "retry_after must be"),
    ({"operation": "getAccountByIdV1", "kind": "drop", "after_processing": "yes"}, "after_processing must be"),
    ({"operation": "getAccountByIdV1", "kind": "drop", "tims": 2}, "unknown field.*'tims'"),
]


@pytest.mark.parametrize(("body", "reason"), BAD_BODIES, ids=[str(i) for i in range(len(BAD_BODIES))])
async def test_the_admin_endpoint_refuses_a_bad_fault_with_the_reason(
    admin: tuple[Sandbox, httpx2.AsyncClient], body: Any, reason: str
) -> None:
    sandbox, http = admin
    sent = {"content": body} if isinstance(body, bytes) else {"json": body}
    response = await http.post("/_sandbox/faults", **sent)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.json()["code"] == "SBX_00400"
    assert re.search(reason, response.json()["message"]), response.json()["message"]
    assert sandbox.faults.pending == {}


async def test_the_admin_endpoint_takes_the_method_name_help_shows(admin: tuple[Sandbox, httpx2.AsyncClient]) -> None:
    sandbox, http = admin
    body = {"operation": "get_account_by_id_v1", "kind": "status", "status": 500, "times": 1, "retry_after": 0}
    response = await http.post("/_sandbox/faults", json=body)
    assert response.status_code == 204, response.text
    assert sandbox.faults.pending == {"getAccountByIdV1": [Fault.status_code(500, retry_after="0")]}

    user = _retail(sandbox)
    account_id = sandbox.world.accounts_of(user)[0].data["id"]
    async with sandbox.client(host_user_id=user.host_user_id, max_retries=0) as cd:
        with pytest.raises(InternalServerError):
            await cd.core_banking.get_account_by_id_v1(account_id)
        assert (await cd.core_banking.get_account_by_id_v1(account_id)).id == account_id
    assert sandbox.faults.injected["getAccountByIdV1"] == 1

    assert (await http.delete("/_sandbox/faults")).status_code == 204


def test_the_python_api_refuses_the_same_mistakes() -> None:
    sandbox = Sandbox(seed=3)
    with pytest.raises(ValueError, match="unknown fault kind"):
        Fault("explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="400-599"):
        Fault.status_code(200)
    with pytest.raises(ValueError, match="times"):
        Fault.hang(times=0)
    with pytest.raises(ValueError, match="unknown operation 'getAcountByIdV1'"):
        sandbox.faults.add("getAcountByIdV1", Fault.drop())
    sandbox.faults.add("list_accounts_v1", Fault.drop())
    assert list(sandbox.faults.pending) == ["listAccountsV1"]


# ---------------------------------------------------------------- timeouts in-process


async def _time_out(sandbox: Sandbox, *, client_timeout: float | None, call_timeout: float | None) -> float:
    user = _retail(sandbox)
    options = {"timeout": client_timeout} if client_timeout is not None else {}
    async with sandbox.client(host_user_id=user.host_user_id, max_retries=0, **options) as cd:
        await cd.core_banking.list_accounts_v1()  # token and imports out of the way
        sandbox.faults.add("listAccountsV1", Fault.hang())
        started = time.monotonic()
        with anyio.fail_after(20):  # a hang that is not cut off fails here instead of stalling the suite
            with pytest.raises(APITimeoutError) as caught:
                await cd.core_banking.list_accounts_v1(**({"timeout": call_timeout} if call_timeout else {}))
        assert caught.value.trace_id
        return time.monotonic() - started


@pytest.mark.parametrize(("client_timeout", "call_timeout"), [(None, 0.3), (0.3, None)], ids=["per-call", "client"])
async def test_a_stalled_app_times_out_in_process_at_the_configured_timeout(
    client_timeout: float | None, call_timeout: float | None
) -> None:
    # in_process=False: the app really stalls on a hang, as served; only the timeout can end the call.
    elapsed = await _time_out(
        Sandbox(seed=3, in_process=False), client_timeout=client_timeout, call_timeout=call_timeout
    )
    assert 0.25 <= elapsed < 3.0


async def test_an_in_process_hang_ends_in_the_timeout_without_waiting_for_it() -> None:
    elapsed = await _time_out(Sandbox(seed=3), client_timeout=60, call_timeout=None)
    assert elapsed < 5.0
