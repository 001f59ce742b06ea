"""One replica of a fleet, run as its own process by tests/test_redis_store.py.

It builds a CandescentClient on a RedisTokenStore (default client options) against a served
sandbox and obeys one command per stdin line, answering each with one JSON line on stdout:

    calls [N]      fire N (default --calls) concurrent account reads; report successes, failures,
                   and the token grants and log records this process produced so far
    advance S      the SDK's wall clock jumps S seconds ahead, as if that much time had passed
    exit           close the client and the store, then exit 0
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import Counter
from typing import Any

import anyio
import httpx2

import candescent_async._auth
import candescent_async._redis_store
from candescent_async import CandescentClient, RedisTokenStore


class ShiftedClock:
    """The SDK's view of the time module, its wall clock ``offset`` seconds ahead of the real one."""

    def __init__(self) -> None:
        self.offset = 0.0

    def time(self) -> float:
        return time.time() + self.offset

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


class Records(logging.Handler):
    """Every record the SDK logs in this process (levels and messages, to report and scan)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seen: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append((record.levelname, record.getMessage()))


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--client-secret", required=True)
    parser.add_argument("--institution-id", required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--calls", type=int, default=250)
    args = parser.parse_args()

    clock = ShiftedClock()
    candescent_async._auth.time = clock  # type: ignore[assignment]
    candescent_async._redis_store.time = clock  # type: ignore[assignment]
    records = Records()
    logger = logging.getLogger("candescent_async")
    logger.addHandler(records)
    logger.setLevel(logging.DEBUG)

    grants: Counter[str] = Counter()

    async def count_grants(request: httpx2.Request) -> None:
        if request.url.path == "/oauth2/v1/token":
            grants[dict(httpx2.QueryParams(request.content.decode())).get("grant_type", "?")] += 1

    http = httpx2.AsyncClient(
        timeout=30.0, limits=httpx2.Limits(max_connections=100), event_hooks={"request": [count_grants]}
    )
    store = RedisTokenStore(args.redis_url, retry_interval=60.0)
    client = CandescentClient(
        args.client_id,
        args.client_secret,
        args.institution_id,
        base_url=args.base_url,
        allow_insecure_base_url=True,
        username=args.username,
        password=args.password,
        http_client=http,
        token_store=store,
    )

    def say(**fields: Any) -> None:
        print(json.dumps(fields), flush=True)

    async def read_accounts(failures: list[str]) -> None:
        try:
            accounts = await client.core_banking.list_accounts_v1()
            assert accounts.accounts
        except Exception as exc:
            failures.append(f"{type(exc).__name__}: {exc}")

    say(event="ready")
    while line := (await anyio.to_thread.run_sync(sys.stdin.readline)).strip():
        command, _, value = line.partition(" ")
        if command == "calls":
            failures: list[str] = []
            count = int(value) if value else args.calls
            started, cpu = time.monotonic(), time.process_time()
            async with anyio.create_task_group() as tg:
                for _ in range(count):
                    tg.start_soon(read_accounts, failures)
            say(
                event="calls",
                ok=count - len(failures),
                failures=failures[:5],
                grants=dict(grants),
                seconds=round(time.monotonic() - started, 3),
                cpu_seconds=round(time.process_time() - cpu, 3),
                warnings=sum(1 for level, _ in records.seen if level == "WARNING"),
                records=records.seen,
            )
        elif command == "advance":
            clock.offset += float(value)
            say(event="advanced", offset=clock.offset)
        elif command == "exit":
            await client.close()
            await http.aclose()
            await store.aclose()
            say(event="closed", grants=dict(grants), records=records.seen)
            return
        else:
            say(event="error", message=f"unknown command {command!r}")


if __name__ == "__main__":
    anyio.run(main, backend="asyncio")
