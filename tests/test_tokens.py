"""Token lifecycle under failure and sharing: single-flight failures, bounded skew, revocation, timeouts."""

from __future__ import annotations

import gzip
import time
from typing import Any

import anyio
import httpx2
import pytest

from candescent_async import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    InMemoryTokenStore,
)
from candescent_async._constants import DEFAULT_TIMEOUT

from ._fake import FakePlatform, json_response, make_client

pytestmark = pytest.mark.anyio

RECIPIENTS = "/v1/recipients"
RECIPIENT_LIST = {"recipients": [{"id": "r-1"}]}


def ok(request: httpx2.Request) -> httpx2.Response:
    return json_response(200, RECIPIENT_LIST)


async def _concurrently(n: int, call: Any) -> list[BaseException | None]:
    outcomes: list[BaseException | None] = []

    async def one() -> None:
        try:
            await call()
        except Exception as exc:
            outcomes.append(exc)
        else:
            outcomes.append(None)

    async with anyio.create_task_group() as tg:
        for _ in range(n):
            tg.start_soon(one)
    return outcomes


# ---------------------------------------------------------------- failures are single-flight


async def test_a_wrong_secret_costs_one_token_request_for_two_hundred_cold_callers() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, ok)
    async with make_client(platform, host_user_id="HU-1", client_secret="wrong-secret") as cd:
        outcomes = await _concurrently(200, cd.money_movement.list_recipients_v1)
    assert all(isinstance(o, AuthenticationError) for o in outcomes)
    token_calls = platform.calls("POST", "/oauth2/v1/token")
    assert len(token_calls) == 1  # a 401 grant is not retried, and every waiter shares its outcome
    assert not platform.calls("GET", RECIPIENTS)


async def test_a_token_503_is_retried_once_for_everyone_and_no_caller_fails() -> None:
    platform = FakePlatform()
    platform.token_failures.append(json_response(503, {"code": "CMN_90000", "message": "busy"}))
    platform.on("GET", RECIPIENTS, ok)
    async with make_client(platform, host_user_id="HU-1") as cd:
        outcomes = await _concurrently(50, cd.money_movement.list_recipients_v1)
        assert cd.slept and cd.slept[0] > 0  # type: ignore[attr-defined]  # the client's backoff
    assert outcomes == [None] * 50
    assert len(platform.token_requests) == 2  # the 503, then one grant for all


async def test_token_grant_connection_errors_are_retried_then_raised_typed() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, ok)
    failures = [0]
    original = platform.handler

    def flaky(request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/oauth2/v1/token" and failures[0] < 5:
            failures[0] += 1
            raise httpx2.ReadError("reset", request=request)
        return original(request)

    client = make_client(platform, host_user_id="HU-1", max_retries=2)
    client._http_client = httpx2.AsyncClient(transport=httpx2.MockTransport(flaky))
    async with client as cd:
        with pytest.raises(APIConnectionError) as info:
            await cd.money_movement.list_recipients_v1()
        assert isinstance(info.value.__cause__, httpx2.ReadError)
        assert failures[0] == 3  # first try + max_retries
        failures[0] = 5
        await cd.money_movement.list_recipients_v1()


async def test_a_cancelled_fetch_does_not_fail_the_callers_waiting_on_it() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, ok)
    release = anyio.Event()
    entered = anyio.Event()
    original = platform.handler

    async def slow_tokens(request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/oauth2/v1/token" and not release.is_set():
            entered.set()
            await anyio.sleep_forever()
        return original(request)

    client = make_client(platform, host_user_id="HU-1")
    client._http_client = httpx2.AsyncClient(transport=httpx2.MockTransport(slow_tokens))
    results: list[Any] = []
    leader_scope = anyio.CancelScope()

    async def leader() -> None:
        with leader_scope:
            await cd.money_movement.list_recipients_v1()

    async def waiter() -> None:
        results.append(await cd.money_movement.list_recipients_v1())

    async with client as cd, anyio.create_task_group() as tg:
        tg.start_soon(leader)
        await entered.wait()
        tg.start_soon(waiter)
        await anyio.wait_all_tasks_blocked()  # the waiter is waiting on the leader's fetch
        release.set()
        leader_scope.cancel()
    assert len(results) == 1  # the waiter fetched for itself instead of inheriting the cancellation
    assert len(platform.token_requests) == 1


# ---------------------------------------------------------------- skew bounded by lifetime


@pytest.mark.parametrize("lifetime", ["60", "30", "5"])
async def test_a_lifetime_at_or_below_the_skew_still_serves_many_calls(lifetime: str) -> None:
    platform = FakePlatform(token_lifetime=lifetime)
    platform.on("GET", RECIPIENTS, ok)
    async with make_client(platform, host_user_id="HU-1") as cd:
        for _ in range(10):
            await cd.money_movement.list_recipients_v1()
        await _concurrently(200, cd.money_movement.list_recipients_v1)
    assert len(platform.token_requests) == 1
    assert len(platform.revoked) == 1  # at close, only the one current token


async def test_a_short_token_is_refreshed_at_half_its_life(monkeypatch: pytest.MonkeyPatch) -> None:
    platform = FakePlatform(token_lifetime="30")
    platform.on("GET", RECIPIENTS, ok)
    clock = [time.time()]
    monkeypatch.setattr("candescent_async._auth.time.time", lambda: clock[0])
    async with make_client(platform, host_user_id="HU-1") as cd:
        await cd.money_movement.list_recipients_v1()
        clock[0] += 14
        await cd.money_movement.list_recipients_v1()
        assert len(platform.token_requests) == 1
        clock[0] += 2  # 14 s left of 30: inside the bounded skew (15 s)
        await cd.money_movement.list_recipients_v1()
        assert len(platform.token_requests) == 2
    assert len(platform.revoked) == 1  # the superseded token was not kept for revocation


# ---------------------------------------------------------------- closing with shared stores


async def test_closing_clients_that_share_a_store_does_not_revoke_the_shared_token() -> None:
    platform, store = FakePlatform(), InMemoryTokenStore()
    platform.on("GET", RECIPIENTS, ok)
    async with make_client(platform, host_user_id="HU-1", token_store=store) as survivor:
        await survivor.money_movement.list_recipients_v1()
        for _ in range(15):
            async with make_client(platform, host_user_id="HU-1", token_store=store) as short_lived:
                await short_lived.money_movement.list_recipients_v1()
        await survivor.money_movement.list_recipients_v1()
    assert len(platform.token_requests) == 1
    assert platform.revoked == []
    assert len(platform.calls("GET", RECIPIENTS)) == 17  # no 401 replay: the token stayed valid


async def test_revoke_on_close_is_an_explicit_choice_with_a_shared_store() -> None:
    platform, store = FakePlatform(), InMemoryTokenStore()
    platform.on("GET", RECIPIENTS, ok)
    async with make_client(platform, host_user_id="HU-1", token_store=store, revoke_on_close=True) as cd:
        await cd.money_movement.list_recipients_v1()
    assert len(platform.revoked) == 1
    assert await store.get(next(iter(store._tokens), "")) is None


async def test_a_client_does_not_revoke_a_token_another_client_replaced_in_the_store() -> None:
    platform, store = FakePlatform(), InMemoryTokenStore()
    platform.on("GET", RECIPIENTS, ok)
    one = make_client(platform, host_user_id="HU-1", token_store=store, revoke_on_close=True)
    two = make_client(platform, host_user_id="HU-1", token_store=store)
    await one.money_movement.list_recipients_v1()
    platform.expire_tokens()
    await two.money_movement.list_recipients_v1()  # 401, refreshed: the store now holds two's token
    await one.close()
    await two.money_movement.list_recipients_v1()
    await two.close()
    assert platform.revoked == []
    assert len(platform.token_requests) == 2


# ---------------------------------------------------------------- timeouts


async def test_the_per_call_timeout_bounds_the_wait_for_a_token() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, ok)
    original = platform.handler

    async def hanging_tokens(request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/oauth2/v1/token":
            await anyio.sleep_forever()
        return original(request)

    client = make_client(platform, host_user_id="HU-1", max_retries=0)
    client._http_client = httpx2.AsyncClient(transport=httpx2.MockTransport(hanging_tokens))
    async with client as cd:
        with pytest.raises(APITimeoutError, match="access token"):
            await cd.money_movement.list_recipients_v1(timeout=0.05)


async def test_timeouts_reach_the_wire_with_an_injected_client_and_as_httpx_timeout() -> None:
    seen: list[dict[str, Any]] = []
    platform = FakePlatform()
    original = platform.handler

    def record(request: httpx2.Request) -> httpx2.Response:
        if request.url.path == RECIPIENTS:
            seen.append(request.extensions["timeout"])
        return original(request)

    platform.on("GET", RECIPIENTS, ok)
    injected = httpx2.AsyncClient(transport=httpx2.MockTransport(record), timeout=httpx2.Timeout(99.0))
    async with make_client(platform, host_user_id="HU-1", timeout=7.0, http_client=injected) as cd:
        await cd.money_movement.list_recipients_v1()
        await cd.money_movement.list_recipients_v1(timeout=httpx2.Timeout(3.0, connect=1.0))
        await cd.money_movement.list_recipients_v1(timeout=2)
    own = httpx2.AsyncClient(transport=httpx2.MockTransport(record), timeout=httpx2.Timeout(99.0))
    async with make_client(platform, host_user_id="HU-1", http_client=own) as cd:
        await cd.money_movement.list_recipients_v1()
    assert seen[0] == httpx2.Timeout(7.0, connect=5.0).as_dict()  # the client's timeout= applies
    assert seen[1] == httpx2.Timeout(3.0, connect=1.0).as_dict()
    assert seen[2] == httpx2.Timeout(2.0).as_dict()
    assert seen[3] == httpx2.Timeout(99.0).as_dict()  # no timeout= given: the injected client's own
    assert DEFAULT_TIMEOUT.read == 60.0


# ---------------------------------------------------------------- small but visible


async def test_a_closed_client_raises_a_candescent_error() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, ok)
    cd = make_client(platform, host_user_id="HU-1")
    await cd.close()
    with pytest.raises(ClientClosedError):
        await cd.money_movement.list_recipients_v1()


def test_from_env_without_credentials_is_a_configuration_error() -> None:
    from candescent_async import CandescentClient

    with pytest.raises(ConfigurationError, match="CANDESCENT_CLIENT_ID"):
        CandescentClient.from_env({"CANDESCENT_ENVIRONMENT": "sandbox"})


async def test_a_gzipped_legacy_xml_answer_is_read() -> None:
    # Gateways compress; httpx asks for gzip. The XML is converted, so the rebuilt response must not
    # still claim Content-Encoding: gzip (httpx would try to gunzip the JSON).
    platform = FakePlatform()
    original = platform.handler

    def compressing(request: httpx2.Request) -> httpx2.Response:
        response = original(request)
        if response.headers.get("content-type", "").startswith("application/xml"):
            body = gzip.compress(response.content)
            return httpx2.Response(
                response.status_code,
                headers={"Content-Type": "application/xml", "Content-Encoding": "gzip"},
                content=body,
            )
        return response

    client = make_client(platform)
    client._http_client = httpx2.AsyncClient(transport=httpx2.MockTransport(compressing))
    async with client as cd:
        token = await cd.authentication.create_access_token_v1(di_fiid="01234", body=_v1_form())
    assert token.access_token


def _v1_form() -> Any:
    from candescent_async.types.authentication import AccessTokenRequestV1

    return AccessTokenRequestV1.from_dict({"grant_type": "client_credentials"})


@pytest.mark.parametrize("lifetime", ["inf", "Infinity", "nan", "-5", "0"])
async def test_an_expires_in_that_is_not_a_lifetime_uses_the_default(lifetime: str) -> None:
    platform = FakePlatform(token_lifetime=lifetime)
    platform.on("GET", RECIPIENTS, ok)
    async with make_client(platform, host_user_id="HU-1") as cd:
        await cd.money_movement.list_recipients_v1()
        token = await cd._transport.tokens._store.get(cd._transport.tokens._key("v2"))  # type: ignore[union-attr]
    assert token is not None and token.issued_at is not None
    assert token.expires_at - token.issued_at == 1800.0
