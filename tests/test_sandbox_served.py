"""Served mode: ``python -m candescent_async.sandbox --port 0`` on 127.0.0.1, reached over real sockets.

The server is a subprocess; its base URL and demo credentials are read from what it prints (lines
read with a deadline, never a sleep), and it is terminated whatever happens.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx2
import pytest

from candescent_async import CandescentClient
from candescent_async.sandbox.__main__ import SHUTDOWN_GRACE
from tests._processes import lines_of, stop

STARTUP_SECONDS = 30.0
COMMAND = [sys.executable, "-m", "candescent_async.sandbox"]


@dataclass
class Served:
    base_url: str
    client_id: str
    client_secret: str
    institution_id: str
    banner: list[str]


def _banner(lines: queue.Queue[str | None], until: str) -> list[str]:
    """Lines up to and including the first containing ``until``, within STARTUP_SECONDS."""
    deadline = time.monotonic() + STARTUP_SECONDS
    seen: list[str] = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            pytest.fail(f"the sandbox printed no {until!r} within {STARTUP_SECONDS}s: {seen}")
        try:
            line = lines.get(timeout=remaining)
        except queue.Empty:
            continue
        if line is None:
            pytest.fail(f"the sandbox exited before printing {until!r}: {seen}")
        seen.append(line.rstrip("\n"))
        if until in line:
            return seen


def start_served_sandbox(*options: str) -> tuple[subprocess.Popen[str], Served]:
    """``python -m candescent_async.sandbox --port 0 *options``, once its banner gave the URL and credentials."""
    process = subprocess.Popen(
        [*COMMAND, "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        banner = _banner(lines_of(process.stdout), until="/oauth2/v1/token")
    except BaseException:
        process.kill()
        process.wait()
        raise
    text = "\n".join(banner)
    url = re.search(r"serving at (http://\S+)", text)
    credentials = re.search(r"client_id=(\S+) client_secret=(\S+) institution_id=(\S+)", text)
    assert url and credentials, text
    return process, Served(url.group(1), *credentials.groups(), banner=banner)


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    process, served = start_served_sandbox("--transactions-per-account", "50")
    try:
        yield served
    finally:
        stop(process)


def test_serves_on_loopback_at_the_port_it_bound(served: Served) -> None:
    address = urlsplit(served.base_url)
    assert address.scheme == "http" and address.hostname == "127.0.0.1"
    assert address.port and address.port > 0  # --port 0 printed the real port, not 0


def test_token_endpoint_answers_the_printed_curl(served: Served) -> None:
    curl = " ".join(line.strip().rstrip("\\").strip() for line in served.banner[-3:])
    assert curl == (
        f"try: curl -u {served.client_id}:{served.client_secret} -H 'institutionId: {served.institution_id}' "
        "-H 'transactionId: 8b1a9953-c461-4a1f-a0a1-0f4b0c8a3e55' -d grant_type=client_credentials "
        f"{served.base_url}/oauth2/v1/token"
    )
    # What that curl sends: Basic client auth, a form body, the two headers.
    response = httpx2.post(
        f"{served.base_url}/oauth2/v1/token",
        auth=(served.client_id, served.client_secret),
        headers={"institutionId": served.institution_id, "transactionId": str(uuid.uuid4())},
        data={"grant_type": "client_credentials"},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    token = response.json()
    assert token["token_type"] == "Bearer" and token["access_token"]
    assert int(token["expires_in"]) > 0

    refused = httpx2.post(
        f"{served.base_url}/oauth2/v1/token",
        auth=(served.client_id, "not-the-secret"),
        headers={"institutionId": served.institution_id, "transactionId": str(uuid.uuid4())},
        data={"grant_type": "client_credentials"},
        timeout=10,
    )
    assert refused.status_code == 401


@pytest.mark.anyio
async def test_client_calls_the_served_sandbox(served: Served) -> None:
    async with CandescentClient(
        served.client_id,
        served.client_secret,
        served.institution_id,
        base_url=served.base_url,
        allow_insecure_base_url=True,
        host_user_id="HU-1001",
    ) as cd:
        accounts = await cd.core_banking.list_accounts_v1()
    assert accounts.accounts
    assert {account.category for account in accounts.accounts} >= {"DEPOSIT", "LOAN"}


def test_offers_no_way_to_listen_beyond_loopback() -> None:
    """There is no host option: asking for one is refused before anything is bound."""
    result = subprocess.run(
        [*COMMAND, "--host", "0.0.0.0", "--port", "0"],  # noqa: S104 - the point: it must be refused
        capture_output=True,
        text=True,
        timeout=STARTUP_SECONDS,
        check=False,
    )
    assert result.returncode == 2
    assert "unrecognized arguments: --host 0.0.0.0" in result.stderr
    assert "serving at" not in result.stdout


def test_accepted_connections_have_nagle_disabled() -> None:
    # asyncio (and so uvicorn) only sets TCP_NODELAY when the listening socket's proto is TCP; without
    # it each small response waited ~40 ms on delayed ACKs.
    import asyncio
    import socket

    from candescent_async.sandbox.__main__ import listen_on_loopback

    async def accepted_nodelay() -> int:
        seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            seen.set_result(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        sock = listen_on_loopback(0)
        server = await asyncio.start_server(on_connect, sock=sock)
        async with server:
            _, writer = await asyncio.open_connection(*sock.getsockname())
            value = await asyncio.wait_for(seen, 10)
            writer.close()
        return value

    assert asyncio.run(accepted_nodelay()) != 0


def test_a_drop_fault_closes_the_connection_without_an_answer(served: Served) -> None:
    """Starlette answers an exception with a 500; a drop must be no answer at all, as a reset is."""
    added = httpx2.post(
        f"{served.base_url}/_sandbox/faults", json={"operation": "createAccessTokenV2", "kind": "drop"}, timeout=10
    )
    assert added.status_code == 204, added.text
    with pytest.raises(httpx2.RemoteProtocolError):
        httpx2.post(
            f"{served.base_url}/oauth2/v1/token",
            auth=(served.client_id, served.client_secret),
            headers={"institutionId": served.institution_id, "transactionId": str(uuid.uuid4())},
            data={"grant_type": "client_credentials"},
            timeout=10,
        )


def test_exits_promptly_on_sigterm_while_a_request_hangs() -> None:
    """A CI teardown sends SIGTERM once: a hang fault that fired must not keep the server alive."""
    process, served = start_served_sandbox("--transactions-per-account", "50")
    try:
        base_url, client_id, client_secret, institution_id = (
            served.base_url,
            served.client_id,
            served.client_secret,
            served.institution_id,
        )
        added = httpx2.post(
            f"{base_url}/_sandbox/faults", json={"operation": "createAccessTokenV2", "kind": "hang"}, timeout=10
        )
        assert added.status_code == 204, added.text
        # The server holds this request forever; the client gives up after its short read timeout.
        with pytest.raises(httpx2.ReadTimeout):
            httpx2.post(
                f"{base_url}/oauth2/v1/token",
                auth=(client_id, client_secret),
                headers={"institutionId": institution_id, "transactionId": str(uuid.uuid4())},
                data={"grant_type": "client_credentials"},
                timeout=httpx2.Timeout(10, read=0.5),
            )
        assert httpx2.get(f"{base_url}/_sandbox/state", timeout=10).json()["faults_injected"] == 1

        started = time.monotonic()
        process.terminate()
        process.wait(timeout=15)  # TimeoutExpired: one SIGTERM did not stop it
        assert time.monotonic() - started < SHUTDOWN_GRACE + 5
        assert process.returncode in (0, -signal.SIGTERM)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
