"""What the transport layer guarantees, on each connection stack (aiohttp's pool on asyncio, httpcore2's
on asyncio and trio), over real HTTP on 127.0.0.1: which stack is chosen, what counts as "not sent",
timeouts, the body size cap, TCP_NODELAY and keep-alive, and that a state-changing request is never
re-sent by the connection layer itself."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from candescent_async import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    CandescentClient,
    ConfigurationError,
    OutcomeUnknownError,
)
from candescent_async.sandbox import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, INSTITUTION_ID, Fault, Sandbox
from tests._processes import modules_loaded_by
from tests._served import served_client, server

pytestmark = pytest.mark.anyio


def _retail(sandbox: Sandbox) -> Any:
    return next(u for u in sandbox.world.users.values() if u.user_type == "retail")


def _pool(cd: CandescentClient) -> Any:
    assert cd._http_client is not None
    return cd._http_client._transport


def _client_sockets(cd: CandescentClient) -> list[socket.socket]:
    """The sockets of the idle connections in the client's own pool, whichever stack it is."""
    pool = _pool(cd)
    if type(pool).__name__ == "AiohttpTransport":
        assert pool._session is not None
        idle = [proto for conns in pool._session.connector._conns.values() for proto, _ in conns]
        return [proto.transport.get_extra_info("socket") for proto in idle]
    return [c._connection._network_stream.get_extra_info("socket") for c in pool._pool.connections]


def _demo_client(base: str, stack: str) -> CandescentClient:
    """A client with the demo credentials on ``stack`` against a plain-HTTP 127.0.0.1 server."""
    return CandescentClient(
        DEMO_CLIENT_ID,
        DEMO_CLIENT_SECRET,
        base_url=base,
        allow_insecure_base_url=True,
        http_stack=stack,  # type: ignore[arg-type]
    )


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens there once this returns


# ---------------------------------------------------------------- which stack


async def test_the_default_stack_is_aiohttp_on_asyncio_and_httpcore2_under_trio(anyio_backend: str) -> None:
    sandbox = Sandbox(seed=1, in_process=False)
    async with served_client(sandbox, "auto", host_user_id=_retail(sandbox).host_user_id) as cd:
        await cd.core_banking.list_accounts_v1()
        chosen = type(_pool(cd)).__name__
    assert chosen == ("AiohttpTransport" if anyio_backend == "asyncio" else "AsyncHTTPTransport")


async def test_the_plain_httpx2_stack_stays_selectable(anyio_backend: str) -> None:
    sandbox = Sandbox(seed=1, in_process=False)
    async with served_client(sandbox, "httpcore2", host_user_id=_retail(sandbox).host_user_id) as cd:
        await cd.core_banking.list_accounts_v1()
        assert type(_pool(cd)).__name__ == "AsyncHTTPTransport"


def test_aiohttp_under_trio_is_a_configuration_error() -> None:
    sandbox = Sandbox(seed=1, in_process=False)

    async def main() -> None:
        async with served_client(sandbox, "aiohttp", host_user_id=_retail(sandbox).host_user_id) as cd:
            with pytest.raises(ConfigurationError, match="needs asyncio"):
                await cd.core_banking.list_accounts_v1()

    anyio.run(main, backend="trio")


def test_bad_stack_settings_are_configuration_errors() -> None:
    with pytest.raises(ConfigurationError, match="http_stack must be one of"):
        CandescentClient("i", "s", base_url="http://127.0.0.1:1", allow_insecure_base_url=True, http_stack="curl")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="not both"):
        CandescentClient(
            "i",
            "s",
            base_url="http://127.0.0.1:1",
            allow_insecure_base_url=True,
            http_stack="httpcore2",
            http_client=httpx2.AsyncClient(),
        )


def test_importing_the_sdk_imports_neither_aiohttp_msgspec_nor_the_old_httpx() -> None:
    # aiohttp and msgspec load on first use (import time); the old httpx is not a dependency at all.
    assert not {m.split(".")[0] for m in modules_loaded_by("import candescent_async")} & {"aiohttp", "httpx", "msgspec"}


# ---------------------------------------------------------------- "not sent" is exact


async def test_a_refused_connection_is_not_sent_so_even_a_state_change_is_retried(stack: str) -> None:
    slept: list[float] = []
    cd = CandescentClient(
        DEMO_CLIENT_ID,
        DEMO_CLIENT_SECRET,
        INSTITUTION_ID,
        base_url=f"http://127.0.0.1:{_closed_port()}",
        allow_insecure_base_url=True,
        http_stack=stack,  # type: ignore[arg-type]
        host_user_id="HU-1",
        max_retries=2,
    )

    async def no_sleep(seconds: float) -> None:
        slept.append(seconds)

    cd._transport._sleep = no_sleep
    # A revoke: state-changing (never re-sent once sent) and authorised by client Basic, so no token
    # request stands between the call and the refused connection.
    request = {"method": "DELETE", "url": "/oauth2/v1/revoke", "content": b"token=t", "headers": {}}
    async with cd:
        with pytest.raises(APIConnectionError) as caught:
            await cd._transport.invoke("authentication", "revoke_access_token_v2", request, lambda r: r)
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert isinstance(caught.value.__cause__, httpx2.ConnectError)
    assert len(slept) == 2  # never sent, so retried within the budget like a read


async def test_a_connection_dropped_after_sending_is_outcome_unknown_and_sent_once(stack: str) -> None:
    sandbox = Sandbox(seed=2, in_process=False)
    user = _retail(sandbox)
    async with served_client(sandbox, stack, host_user_id=user.host_user_id, max_retries=3) as cd:
        await cd.money_movement.list_recipients_v1()  # the connection is now kept alive, and reused below
        # A DELETE on a kept-alive connection the server then closes: aiohttp's own pool would replay it.
        sandbox.faults.add("deleteRecipientV1", Fault.drop())
        with pytest.raises(OutcomeUnknownError) as caught:
            await cd.money_movement.delete_recipient_v1("R-404")
    assert sandbox.calls["deleteRecipientV1"] == 1
    assert isinstance(caught.value.__cause__, APIConnectionError)


# ---------------------------------------------------------------- timeouts


async def test_a_hung_answer_ends_at_the_read_timeout(stack: str) -> None:
    sandbox = Sandbox(seed=3, in_process=False)
    async with served_client(sandbox, stack, host_user_id=_retail(sandbox).host_user_id, max_retries=0) as cd:
        await cd.core_banking.list_accounts_v1()
        sandbox.faults.add("listAccountsV1", Fault.hang())
        with anyio.fail_after(20), pytest.raises(APITimeoutError) as caught:
            await cd.core_banking.list_accounts_v1(timeout=httpx2.Timeout(5.0, read=0.2))
    assert isinstance(caught.value.__cause__, httpx2.ReadTimeout)


# ---------------------------------------------------------------- the body size cap


def _huge_then_small() -> Any:
    """An app answering the first account list with 4,000,000 bytes (declared or chunked), then small ones."""
    served = {"huge": 0}

    async def app(scope: Any, receive: Any, send: Any) -> None:
        json_type = [(b"content-type", b"application/json")]
        if "/oauth2/" in scope["path"]:
            body = b'{"access_token": "tok-stack-0001", "expires_in": 1800}'
            await send({"type": "http.response.start", "status": 200, "headers": json_type})
            await send({"type": "http.response.body", "body": body})
            return
        if served["huge"]:
            await send({"type": "http.response.start", "status": 200, "headers": json_type})
            await send({"type": "http.response.body", "body": b'{"accounts": []}'})
            return
        served["huge"] += 1
        headers = json_type if b"chunked" in scope["path"].encode() else [*json_type, (b"content-length", b"3997696")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for _ in range(61):  # 61 x 64 KiB, streamed
            await send({"type": "http.response.body", "body": b" " * 65536, "more_body": True})
        await send({"type": "http.response.body", "body": b""})

    return app


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
async def test_a_body_over_the_cap_is_refused_on_the_wire_and_its_connection_not_reused(
    stack: str, declared: bool
) -> None:
    base = server().mount(_huge_then_small()) + ("" if declared else "/chunked")
    cd = _demo_client(base, stack)
    cd._transport.max_response_bytes = 1_000_000
    async with cd:
        with pytest.raises(APIResponseValidationError, match="over 1000000 bytes"):
            await cd.core_banking.list_accounts_v1(host_user_id="HU-1")
        # The refused body was never read to its end: its connection must be dropped, not reused.
        assert (await cd.core_banking.list_accounts_v1(host_user_id="HU-1")).accounts == []


# ---------------------------------------------------------------- TCP_NODELAY and keep-alive


async def test_connections_are_kept_alive_and_set_tcp_nodelay(stack: str) -> None:
    sandbox = Sandbox(seed=4, in_process=False)
    async with served_client(sandbox, stack, host_user_id=_retail(sandbox).host_user_id) as cd:
        for _ in range(20):
            await cd.core_banking.list_accounts_v1()
        sockets = _client_sockets(cd)
        base = cd.base_url
        assert sockets, "the connection went back to the pool"
        assert all(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) for s in sockets)
    assert server().connections(base) == 1  # a token request and 20 calls on one connection


async def test_a_streamed_upload_reaches_the_server_whole(stack: str) -> None:
    """Multipart bodies are streams in httpx2; the aiohttp transport reads them before sending."""
    seen: list[bytes] = []

    async def echo(scope: Any, receive: Any, send: Any) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        seen.append(body)
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    async def parts() -> AsyncIterator[bytes]:
        for n in range(5):
            yield b"part-%d;" % n

    base = server().mount(echo)
    transport: Any = None
    if stack == "aiohttp":
        from candescent_async._aiohttp import AiohttpTransport

        transport = AiohttpTransport()
    async with httpx2.AsyncClient(transport=transport) as client:
        response = await client.post(base + "/upload", content=parts())
    assert response.status_code == 204
    assert seen == [b"part-0;part-1;part-2;part-3;part-4;"]


async def test_the_own_pool_keeps_httpx2_client_behaviour_cookies_and_default_headers(stack: str) -> None:
    """Requests go straight to the own pool's transport, yet carry what httpx2.AsyncClient would add."""
    seen: list[dict[str, str]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append({k.decode().lower(): v.decode() for k, v in scope["headers"]})
        headers = [(b"content-type", b"application/json")]
        if scope["path"].startswith("/oauth2"):
            body = b'{"access_token": "tok-stack-0002", "expires_in": 1800}'
            headers.append((b"set-cookie", b"lb=node-7; Path=/"))  # a gateway's affinity cookie
        else:
            body = b'{"recipients": []}'
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    base = server().mount(app)
    cd = _demo_client(base, stack)
    async with cd:
        await cd.money_movement.list_recipients_v1(host_user_id="HU-1")
    token_request, call = seen[:2]  # (then the revoke at close)
    assert "cookie" not in token_request
    assert call["cookie"] == "lb=node-7"
    assert "gzip" in call["accept-encoding"] and call["connection"] == "keep-alive"
    assert call["user-agent"].startswith("candescent-async/") and call["accept"] == "application/json"
    assert call["host"] == base.split("/")[2]


_values = st.one_of(
    st.text(), st.booleans(), st.none(), st.integers(), st.decimals(allow_nan=False, allow_infinity=False)
)


@settings(max_examples=200, deadline=None)
@given(params=st.dictionaries(st.text(min_size=1), st.one_of(_values, st.lists(_values, max_size=3)), max_size=5))
def test_the_direct_path_encodes_a_query_exactly_as_httpx2(params: dict[str, Any]) -> None:
    from candescent_async._transport import _query

    url = "http://127.0.0.1:1/v1/accounts/A%2F1"
    expected = httpx2.Request("GET", url, params=params).url  # what build_request does with params=
    assert httpx2.URL(f"{url}?{_query(params)}" if params else url) == expected


# ---------------------------------------------------------------- the own pool's direct path


def _recording_app(seen: list[dict[str, Any]], body: bytes = b'{"recipients": []}', gzip: bool = False) -> Any:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append({"raw_path": scope["raw_path"], "query": scope["query_string"]})
        headers = [(b"content-type", b"application/json")]
        payload = body
        if "/oauth2/" in scope["path"]:
            payload = b'{"access_token": "tok-stack-0003", "expires_in": 1800}'
        elif gzip:
            import gzip as _gzip

            payload = _gzip.compress(body)
            headers.append((b"content-encoding", b"gzip"))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    return app


async def test_the_base_url_goes_on_the_wire_encoded_as_httpx2_encodes_it(stack: str) -> None:
    # URLs for the own pool are assembled from the base without parsing each one: the base is encoded once.
    seen: list[dict[str, Any]] = []
    base = server().mount(_recording_app(seen)) + "/digital banking/é"
    async with _demo_client(base, stack) as cd:
        await cd.money_movement.list_recipients_v1(host_user_id="HU 1")
    call = seen[1]
    assert httpx2.URL(base).raw_path.endswith(b"/digital%20banking/%C3%A9")  # (the server strips its mount)
    assert call["raw_path"] == b"/digital%20banking/%C3%A9/v1/recipients" and call["query"] == b"hostUserId=HU+1"


async def test_a_gzip_answer_is_decoded_and_its_decoded_size_capped(stack: str) -> None:
    seen: list[dict[str, Any]] = []
    body = b'{"recipients": [], "pad": "' + b" " * 200_000 + b'"}'
    base = server().mount(_recording_app(seen, body=body, gzip=True))
    cd = _demo_client(base, stack)
    async with cd:
        page = await cd.money_movement.list_recipients_v1(host_user_id="HU-1")
        assert page.recipients == [] and len(page.additional_properties["pad"]) == 200_000
        cd._transport.max_response_bytes = 100_000  # compressed it is far smaller; decoded it is over
        with pytest.raises(APIResponseValidationError, match="over 100000 bytes"):
            await cd.money_movement.list_recipients_v1(host_user_id="HU-1")


async def test_a_direct_answer_carries_its_request_and_logs_the_path_only(
    stack: str, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    caplog.set_level(logging.DEBUG, logger="candescent_async")
    seen: list[dict[str, Any]] = []
    base = server().mount(_recording_app(seen))
    async with _demo_client(base, stack) as cd:
        raw = await cd.money_movement.with_raw_response.list_recipients_v1(host_user_id="HU-1")
    request = raw.http_response.request  # built on demand on the aiohttp stack
    assert request.method == "GET" and request.url == httpx2.URL(base + "/v1/recipients?hostUserId=HU-1")
    assert request.headers["authorization"].startswith("Bearer ") and request.headers["transactionId"] == raw.trace_id
    assert raw.http_response.url == request.url
    mount = httpx2.URL(base).path
    assert f"GET {mount}/v1/recipients -> 200" in caplog.text and "HU-1" not in caplog.text
