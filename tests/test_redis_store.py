"""RedisTokenStore against a real redis-server (tests/_redis.py), never a mock.

The fleet tests run real processes: a served sandbox (``python -m candescent_async.sandbox --port 0``)
and four replicas (tests/_fleet_worker.py), each a CandescentClient with default options on the
shared store, firing 250 concurrent first calls. The sandbox counts the token grants it issued.
Redis tests run on asyncio only: redis-py's asyncio client does not run under trio.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import httpx2
import pytest
import redis
from anyio.streams.buffered import BufferedByteReceiveStream

from candescent_async import ConfigurationError, RedisTokenStore, Token
from candescent_async.sandbox import DEMO_CLIENT_SECRET, Sandbox
from candescent_async.sandbox._state import build_world
from tests._processes import stop
from tests._redis import SUMMARY, RedisServer, free_port, lines_of, redis_server
from tests.test_sandbox_served import Served, start_served_sandbox

# The sandbox imports its handlers on first use; here at collection instead: under CPython 3.11.7,
# pytest's assertion rewriting of them after an asyncio test has run fails with "SystemError: AST
# constructor recursion depth mismatch" (a CPython bug, fixed in 3.11.8).
Sandbox(seed=0, transactions_per_account=1)

WORKER = Path(__file__).with_name("_fleet_worker.py")
PROCESSES = 4
CALLS = 250
TOKEN_LIFETIME = 600  # the served sandbox's; the client refreshes 60 s before expiry
REPLY_SECONDS = 60.0
USER = next(iter(build_world(0, transactions_per_account=1).users.values()))  # a password-grant user


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def server() -> Iterator[RedisServer]:
    with redis_server() as running:
        yield running


@pytest.fixture
def r(server: RedisServer) -> Iterator[redis.Redis]:
    """A plain client on the test server, emptied before each test (to inspect what the store wrote)."""
    client = redis.Redis(port=server.port)
    client.flushall()
    yield client
    client.close()


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=1, transactions_per_account=10)


def _token(**changes: Any) -> Token:
    fields: dict[str, Any] = {
        "kind": "v2",
        "access_token": "AT-secret-value",
        "expires_at": time.time() + 600,
        "refresh_token": "RT-secret-value",
        "refresh_expires_at": time.time() + 1200,
        "grant": "password",
        "extra": {"di_fiid": "01234"},
    }
    return Token(**(fields | changes))


# ---------------------------------------------------------------------------------------- the store


@pytest.mark.anyio
async def test_token_round_trips_as_json_and_expires_with_its_refresh_token(
    r: redis.Redis, server: RedisServer
) -> None:
    async with RedisTokenStore(server.url) as store:
        token = _token()
        await store.set("candescent:k:v2", token)
        assert await RedisTokenStore(server.url).get("candescent:k:v2") == token  # another replica reads it
        stored = json.loads(r.get("candescent:k:v2"))  # type: ignore[arg-type]
        assert stored == {"format": 1, **{f: getattr(token, f) for f in token.__dataclass_fields__}}
        assert 1195_000 < r.pttl("candescent:k:v2") <= 1200_000  # kept while the refresh token can renew it

        await store.set("candescent:k:v1", _token(kind="v1", refresh_token=None, refresh_expires_at=None))
        assert 595_000 < r.pttl("candescent:k:v1") <= 600_000

        await store.set("candescent:k:v1", _token(expires_at=time.time() - 1, refresh_token=None))
        assert r.exists("candescent:k:v1") == 0  # spent and not renewable: deleted, not stored
        await store.delete("candescent:k:v2")
        assert r.keys("*") == [] and await store.get("candescent:k:v2") is None


@pytest.mark.anyio
async def test_a_value_that_is_not_a_token_reads_as_none(r: redis.Redis, server: RedisServer) -> None:
    async with RedisTokenStore(server.url) as store:
        for junk in (b"not json", b"[1]", b'{"format": 99}', b'{"format": 1, "kind": "v2"}'):
            r.set("candescent:k:v2", junk)
            assert await store.get("candescent:k:v2") is None


@pytest.mark.anyio
async def test_client_keys_name_no_secret_and_logs_show_none(
    r: redis.Redis, server: RedisServer, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="candescent_async")
    async with RedisTokenStore(server.url) as store:
        async with sandbox.client(token_store=store, username=USER.login_id, password=USER.password) as cd:
            assert (await cd.core_banking.list_accounts_v1()).accounts
            keys = [k.decode() for k in r.keys("*")]
            assert keys and all(k.startswith("candescent:") for k in keys)
            token = await store.get(keys[0])
        assert token is not None and token.refresh_token
        secrets = [DEMO_CLIENT_SECRET, USER.password, USER.login_id, token.access_token, token.refresh_token]
        shown = [*keys, repr(store), repr(token), caplog.text]
        assert not [s for s in secrets for text in shown if s in text]


def test_repr_and_errors_never_show_a_redis_password() -> None:
    store = RedisTokenStore("redis://user:hunter2@127.0.0.1:6390/2")
    assert repr(store) == "RedisTokenStore(127.0.0.1:6390/2, shared)"
    with pytest.raises(ConfigurationError) as caught:
        RedisTokenStore("http://user:hunter2@127.0.0.1:6390")
    assert "hunter2" not in str(caught.value)


@pytest.mark.anyio
async def test_lock_excludes_across_replicas(server: RedisServer) -> None:
    first, second = RedisTokenStore(server.url), RedisTokenStore(server.url)  # separate pools, as two processes
    order: list[str] = []
    holding = anyio.Event()

    async def hold() -> None:
        async with first.lock("candescent:k:v2"):
            holding.set()
            order.append("first in")
            await anyio.wait_all_tasks_blocked()  # the other replica is now waiting on Redis
            order.append("first out")

    async def wait() -> None:
        await holding.wait()
        async with second.lock("candescent:k:v2"):
            order.append("second in")

    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:
            tg.start_soon(hold)
            tg.start_soon(wait)
    assert order == ["first in", "first out", "second in"]
    await first.aclose()
    await second.aclose()


@pytest.mark.anyio
async def test_a_burst_in_one_replica_takes_the_redis_lock_once(r: redis.Redis, server: RedisServer) -> None:
    """250 queued tasks hand the Redis lock on among themselves: one SET NX, one release, one holder at a time."""
    r.config_resetstat()
    inside, most = 0, 0

    async def critical_section() -> None:
        nonlocal inside, most
        async with store.lock("candescent:k:v2"):
            inside += 1
            most = max(most, inside)
            await store.get("candescent:k:v2")  # what TokenManager does under the lock: re-read
            inside -= 1

    async with RedisTokenStore(server.url) as store:
        with anyio.fail_after(30):
            async with anyio.create_task_group() as tg:
                for _ in range(250):
                    tg.start_soon(critical_section)
    stats = r.info("commandstats")
    assert most == 1
    release = stats["cmdstat_evalsha"]  # the first try finds no script loaded (NOSCRIPT), then runs it
    assert stats["cmdstat_set"]["calls"] == 1 and release["calls"] - release["failed_calls"] == 1
    assert stats["cmdstat_del"]["calls"] == 1  # what the release script did
    assert r.exists("candescent:k:v2:lock") == 0


@pytest.mark.anyio
async def test_cancellation_while_holding_or_waiting_releases_the_lock(r: redis.Redis, server: RedisServer) -> None:
    async with RedisTokenStore(server.url) as store, RedisTokenStore(server.url) as other:
        with anyio.CancelScope() as scope:
            async with store.lock("candescent:k:v2"):
                assert r.exists("candescent:k:v2:lock") == 1
                scope.cancel()
                await anyio.sleep_forever()  # cancelled here, while holding
        assert r.exists("candescent:k:v2:lock") == 0

        async with store.lock("candescent:k:v2"):
            owner = r.get("candescent:k:v2:lock")
            with anyio.move_on_after(0.2):  # the other replica gives up waiting
                async with other.lock("candescent:k:v2"):
                    pytest.fail("acquired a lock another replica holds")
            assert r.get("candescent:k:v2:lock") == owner  # the waiter left the holder's lock alone
        assert r.exists("candescent:k:v2:lock") == 0


@pytest.mark.anyio
async def test_a_lock_handed_on_to_a_task_that_gave_up_is_released(r: redis.Redis, server: RedisServer) -> None:
    waiter = anyio.CancelScope()

    async def wait() -> None:
        with waiter:
            async with store.lock("candescent:k:v2"):
                pytest.fail("entered after giving up")

    store = RedisTokenStore(server.url)
    async with anyio.create_task_group() as tg, store.lock("candescent:k:v2"):
        tg.start_soon(wait)
        await anyio.wait_all_tasks_blocked()  # queued behind us in this process
        waiter.cancel()  # it gives up, but has not run yet: leaving, we hand it the Redis lock
    await store.aclose()
    assert r.exists("candescent:k:v2:lock") == 0


CRASHING_HOLDER = """
import anyio, sys
from candescent_async import RedisTokenStore
async def main():
    store = RedisTokenStore(sys.argv[1], lock_timeout=float(sys.argv[2]))
    async with store.lock("candescent:k:v2"):
        print("holding", flush=True)
        await anyio.sleep_forever()
anyio.run(main)
"""


@pytest.mark.anyio
async def test_a_crashed_holder_blocks_the_fleet_no_longer_than_the_lock_timeout(
    r: redis.Redis, server: RedisServer
) -> None:
    lock_timeout = 1.0
    async with await anyio.open_process(
        [sys.executable, "-c", CRASHING_HOLDER, server.url, str(lock_timeout)], stderr=None
    ) as holder:
        assert holder.stdout is not None
        with anyio.fail_after(30):
            assert await BufferedByteReceiveStream(holder.stdout).receive_until(b"\n", 64) == b"holding"
        holder.send_signal(signal.SIGKILL)  # dies holding the lock: nothing releases it
        await holder.wait()
    left = r.pttl("candescent:k:v2:lock")
    assert 0 < left <= lock_timeout * 1000
    started = time.monotonic()
    async with RedisTokenStore(server.url) as store:
        with anyio.fail_after(lock_timeout + 5):
            async with store.lock("candescent:k:v2"):
                waited = time.monotonic() - started
    assert waited <= left / 1000 + 0.5  # the lock's own expiry freed it (polled every 25 ms)


@pytest.mark.anyio
async def test_unreachable_redis_falls_back_in_process_with_one_warning_until_it_is_back(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="candescent_async")
    port = free_port()  # nothing listens here yet
    store = RedisTokenStore(f"redis://:hunter2@127.0.0.1:{port}/0", retry_interval=0.0, socket_timeout=1.0)

    def warnings() -> list[str]:
        return [rec.getMessage() for rec in caplog.records if rec.levelno == logging.WARNING]

    token = _token()
    assert await store.get("candescent:k:v2") is None
    async with store.lock("candescent:k:v2"):
        await store.set("candescent:k:v2", token)
    assert await store.get("candescent:k:v2") == token  # kept in process
    assert len(warnings()) == 1 and f"127.0.0.1:{port}/0 is unreachable (ConnectionError)" in warnings()[0]
    assert "in-process fallback" in repr(store)

    with redis_server(port) as back:
        await store.set("candescent:k:v2", token)  # Redis answers again: shared again
        assert "is reachable again" in caplog.text
        assert redis.Redis(port=back.port).exists("candescent:k:v2") == 1
    assert await store.get("candescent:k:v2") is not None  # gone again: the in-process copy serves
    assert len(warnings()) == 2  # one per outage, never one per call
    assert "hunter2" not in caplog.text and "AT-secret-value" not in caplog.text
    await store.aclose()


@pytest.mark.parametrize("anyio_backend", ["trio"])
@pytest.mark.anyio
async def test_under_trio_every_method_is_a_configuration_error() -> None:
    store = RedisTokenStore(f"redis://127.0.0.1:{free_port()}/0")
    for attempt in (store.get("k"), store.set("k", _token()), store.delete("k")):
        with pytest.raises(ConfigurationError, match="asyncio only"):
            await attempt
    with pytest.raises(ConfigurationError, match="asyncio only"):
        async with store.lock("k"):
            pass


def test_importing_the_package_does_not_import_redis() -> None:
    code = (
        "import sys, candescent_async; loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'redis'); "
        "store = candescent_async.RedisTokenStore; print(loaded, store.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[] RedisTokenStore"


# ---------------------------------------------------------------------------------------- the fleet


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    process, served = start_served_sandbox("--transactions-per-account", "50", "--token-lifetime", str(TOKEN_LIFETIME))
    try:
        yield served
    finally:
        stop(process)


def _state(served: Served) -> dict[str, Any]:
    response = httpx2.get(f"{served.base_url}/_sandbox/state", timeout=10)
    response.raise_for_status()
    state: dict[str, Any] = response.json()
    return state


def _grants(served: Served) -> dict[str, int]:
    return {k: v for k, v in _state(served)["token_requests"].items() if k.startswith("v2:")}


@dataclass
class Replica:
    process: subprocess.Popen[str]
    lines: Any = field(init=False)

    def __post_init__(self) -> None:
        self.lines = lines_of(self.process.stdout)

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def reply(self) -> dict[str, Any]:
        deadline = time.monotonic() + REPLY_SECONDS
        while (remaining := deadline - time.monotonic()) > 0:
            line = self.lines.get(timeout=remaining)
            if line is None:
                pytest.fail(f"replica exited with {self.process.wait()} before answering")
            if line.startswith("{"):
                reply: dict[str, Any] = json.loads(line)
                return reply
        pytest.fail(f"replica gave no answer within {REPLY_SECONDS:g} s")


@pytest.fixture
def fleet(served: Served) -> Iterator[Any]:
    started: list[Replica] = []

    def start(redis_url: str) -> list[Replica]:
        for _ in range(PROCESSES):
            args = [
                f"--base-url={served.base_url}",
                f"--redis-url={redis_url}",
                f"--client-id={served.client_id}",
                f"--client-secret={served.client_secret}",
                f"--institution-id={served.institution_id}",
                f"--username={USER.login_id}",
                f"--password={USER.password}",
                f"--calls={CALLS}",
            ]
            process = subprocess.Popen(
                [sys.executable, str(WORKER), *args],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
            started.append(Replica(process))
        replicas = started[-PROCESSES:]
        assert [replica.reply()["event"] for replica in replicas] == ["ready"] * PROCESSES
        return replicas

    yield start
    for replica in started:
        if replica.process.poll() is None:
            replica.process.kill()
        replica.process.wait()
        for stream in (replica.process.stdin, replica.process.stdout):
            if stream is not None:
                stream.close()


def _all(replicas: list[Replica], command: str) -> list[dict[str, Any]]:
    """``command`` sent to every replica at once, then each one's answer."""
    for replica in replicas:
        replica.send(command)
    return [replica.reply() for replica in replicas]


def _delta(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {
        k: after.get(k, 0) - before.get(k, 0)
        for k in after.keys() | before.keys()
        if after.get(k, 0) != before.get(k, 0)
    }


def test_fleet_shares_one_token_one_refresh_and_survives_a_replica_exiting(
    served: Served, server: RedisServer, r: redis.Redis, fleet: Any
) -> None:
    before = _grants(served)
    replicas = fleet(server.url)

    first = _all(replicas, "calls")  # 4 x 250 concurrent first calls
    assert [reply["ok"] for reply in first] == [CALLS] * PROCESSES, [reply["failures"] for reply in first]
    after_first = _grants(served)
    token_requests = _delta(after_first, before)
    assert token_requests == {"v2:password": 1}
    assert sum(sum(reply["grants"].values()) for reply in first) == 1

    # Near expiry: every replica's clock moves to 30 s before the token expires (inside the 60 s skew).
    assert {reply["event"] for reply in _all(replicas, f"advance {TOKEN_LIFETIME - 30}")} == {"advanced"}
    second = _all(replicas, "calls")
    assert [reply["ok"] for reply in second] == [CALLS] * PROCESSES, [reply["failures"] for reply in second]
    refreshes = _delta(_grants(served), after_first)
    assert refreshes == {"v2:refresh_token": 1}
    refresher = next(i for i, reply in enumerate(second) if reply["grants"].get("refresh_token"))

    # The replica that refreshed exits (default client options, shared store): the fleet's token lives on.
    revokes_before = _state(served)["calls"].get("revokeAccessTokenV2", 0)
    replicas[refresher].send("exit")
    closed = replicas[refresher].reply()
    assert closed["event"] == "closed" and replicas[refresher].process.wait(timeout=30) == 0
    assert _state(served)["calls"].get("revokeAccessTokenV2", 0) == revokes_before, "a replica's exit revoked"
    assert r.keys("candescent:*:v2"), "a replica's exit deleted the fleet's token from Redis"
    survivors = [replica for i, replica in enumerate(replicas) if i != refresher]
    third = _all(survivors, "calls 25")
    assert [reply["ok"] for reply in third] == [25] * len(survivors), [reply["failures"] for reply in third]
    assert _delta(_grants(served), after_first) == {"v2:refresh_token": 1}  # no new grant after the exit

    # Nothing any replica logged shows a secret.
    token = json.loads(r.get(r.keys("candescent:*:v2")[0]))  # type: ignore[arg-type]
    secrets = [served.client_secret, USER.password, token["access_token"], token["refresh_token"]]
    logged = [record for reply in [*third, closed] for record in reply["records"]]
    assert not [s for s in secrets for _, message in logged if s in message]
    assert not [message for level, message in logged if level == "WARNING"]

    line = (
        f"{PROCESSES} processes x {CALLS} calls: {token_requests['v2:password']} token request, "
        f"{refreshes['v2:refresh_token']} refresh"
    )
    assert line == "4 processes x 250 calls: 1 token request, 1 refresh"
    SUMMARY.append(line)


def test_fleet_keeps_working_when_redis_is_unreachable(served: Served, fleet: Any) -> None:
    before = _grants(served)
    replicas = fleet(f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there
    replies = _all(replicas, "calls")
    assert [reply["ok"] for reply in replies] == [CALLS] * PROCESSES, [reply["failures"] for reply in replies]
    assert [reply["grants"] for reply in replies] == [{"password": 1}] * PROCESSES  # single-flight per process
    assert _delta(_grants(served), before) == {"v2:password": PROCESSES}
    warnings = [[m for level, m in reply["records"] if level == "WARNING"] for reply in replies]
    assert [len(w) for w in warnings] == [1] * PROCESSES, warnings
    assert all("is unreachable" in w[0] for w in warnings)
    SUMMARY.append(
        f"Redis unreachable: {PROCESSES} processes x {CALLS} calls: {PROCESSES} token requests (1 per process), "
        "1 WARNING per process"
    )
