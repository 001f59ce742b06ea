"""Per-user views and per-call option views: cheap, sharing the pool and the token manager."""

from __future__ import annotations

from typing import Any

import anyio
import httpx2
import pytest

from candescent_async import ClientClosedError, ConfigurationError, ValidationError
from candescent_async.sandbox import Sandbox

from ._fake import FakePlatform, json_response, make_client

pytestmark = pytest.mark.anyio


async def test_three_user_views_and_300_concurrent_calls_share_one_token_and_one_pool() -> None:
    sandbox = Sandbox(seed=4)
    users = list(sandbox.world.users.values())[:3]
    seen: dict[str, set[str]] = {}
    async with sandbox.client() as cd:  # no default user: a service acting for many
        views = [cd.for_user(host_user_id=u.host_user_id) for u in users]

        async def call(view: Any, host_user_id: str) -> None:
            accounts = await view.core_banking.list_accounts_v1()
            seen.setdefault(host_user_id, set()).update(a.id for a in accounts.accounts)

        async with anyio.create_task_group() as tg:
            for i in range(300):
                tg.start_soon(call, views[i % 3], users[i % 3].host_user_id)
        pool = cd._http()
        assert all(view._http() is pool for view in views)
    assert sandbox.token_requests["v2:client_credentials"] == 1
    assert sandbox.calls["listAccountsV1"] == 300
    for user in users:  # each view acted for its own user only
        assert seen[user.host_user_id] == {a.data["id"] for a in sandbox.world.accounts_of(user)}


async def test_a_client_without_a_default_user_refuses_until_a_view_names_one() -> None:
    sandbox = Sandbox(seed=4)
    user = next(iter(sandbox.world.users.values()))
    async with sandbox.client() as cd:
        with pytest.raises(ValidationError, match="needs a user"):
            await cd.core_banking.list_accounts_v1()
        assert (await cd.for_user(host_user_id=user.host_user_id).core_banking.list_accounts_v1()).accounts
    with pytest.raises(ConfigurationError):
        cd.for_user(host_user_id="a", login_id="b")
    with pytest.raises(ConfigurationError):
        cd.for_user()


async def test_with_options_sets_timeout_retries_and_headers_for_calls_through_it() -> None:
    platform = FakePlatform()
    seen: list[httpx2.Request] = []
    original = platform.handler

    def record(request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/v1/recipients":
            seen.append(request)
        return original(request)

    platform.on("GET", "/v1/recipients", lambda r: json_response(503, {"code": "X", "message": "busy"}))
    client = make_client(platform, host_user_id="HU-1", max_retries=2, default_headers={"X-App": "svc"})
    client._http_client = httpx2.AsyncClient(transport=httpx2.MockTransport(record))
    async with client as cd:
        fast = cd.with_options(timeout=3, max_retries=0, extra_headers={"X-Tenant": "t-1"})
        with pytest.raises(Exception, match="503"):
            await fast.money_movement.list_recipients_v1()
        assert len(seen) == 1  # max_retries=0 on the view
        assert seen[0].headers["X-Tenant"] == "t-1" and seen[0].headers["X-App"] == "svc"
        assert seen[0].extensions["timeout"] == httpx2.Timeout(3.0).as_dict()
        with pytest.raises(Exception, match="503"):
            await cd.money_movement.list_recipients_v1()
        assert len(seen) == 4  # the client itself keeps its own 2 retries and headers
        assert "X-Tenant" not in seen[-1].headers
        await fast.close()  # closing a view closes nothing
        assert cd._http() is fast._http()
    assert len(platform.token_requests) == 1
    with pytest.raises(ClientClosedError):
        await fast.money_movement.list_recipients_v1()  # the client it came from is closed
