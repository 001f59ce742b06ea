"""Benchmarks (``make bench``): the client's CPU per call on each HTTP stack, facade overhead, parsing,
pagination memory, import time, first use of a category and token bursts. Prints figures and targets.

Per-call cost is measured twice: against a minimal canned HTTP server (a separate process that answers
every request with the same bytes, so nearly all CPU on the client's side of the socket is the client's)
and against the sandbox served by uvicorn (a real platform-shaped exchange). Both run on 127.0.0.1.
Client CPU is this process's CPU time (``time.process_time``); each variant runs in interleaved rounds
(alternating order, so drift is shared) and every figure is the median over rounds.

Every variant makes the same call, ``GET /v1/accounts/{id}`` with a bearer token, a fresh trace id and
the user context, and ends with the same parsed ``Account`` model:

- raw aiohttp: aiohttp's ClientSession (the floor for a Python asyncio client)
- raw httpx2: httpx2.AsyncClient on its own httpcore2 pool
- httpx2 over aiohttp: httpx2.AsyncClient on the SDK's aiohttp transport (candescent_async/_aiohttp.py)
- facade (aiohttp): CandescentClient's default stack on asyncio
- facade (httpcore2): CandescentClient(http_stack="httpcore2"), the stack trio uses

Run it twice to judge noise; speed targets live here, never in timed tests.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import resource
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx2

ROOT = Path(__file__).resolve().parent.parent
HOST_USER = "HU-1001"
TARGETS: list[tuple[str, bool]] = []


def target(label: str, ok: bool) -> str:
    TARGETS.append((label, ok))
    return f"{'PASS' if ok else 'FAIL'}  {label}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_up(url: str, proc: subprocess.Popen[Any]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url}: the server exited ({proc.returncode})")
        try:
            httpx2.get(url, timeout=1.0)
            return
        except httpx2.TransportError:
            time.sleep(0.05)
    raise RuntimeError(f"{url}: the server did not start")


@contextmanager
def served_sandbox(**options: Any) -> Any:
    """``python -m candescent_async.sandbox`` on a free loopback port; stopped afterwards."""
    port = _free_port()
    args = [sys.executable, "-m", "candescent_async.sandbox", "--port", str(port)]
    for key, value in options.items():
        args += [f"--{key.replace('_', '-')}", str(value)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{base}/_sandbox/state", proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# ---------------------------------------------------------------- the canned server (a child process)


def serve_canned(port: int) -> None:
    """Answer every request on 127.0.0.1:``port`` with canned bytes: a token, or one real account."""
    from candescent_async.sandbox import Sandbox

    async def account_body() -> tuple[str, bytes]:
        sandbox = Sandbox(seed=0)
        async with sandbox.client(host_user_id=HOST_USER) as cd:
            account_id = (await cd.core_banking.list_accounts_v1()).accounts[0].id
            raw = await cd.core_banking.with_raw_response.get_account_by_id_v1(account_id)
            return account_id, raw.content

    account_id, account = anyio.run(account_body)
    token = b'{"access_token": "canned-bench-token", "token_type": "Bearer", "expires_in": 1800}'
    length = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)

    def answer(body: bytes) -> bytes:
        return b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body)

    answers = {True: answer(token), False: answer(account)}

    class Canned(asyncio.Protocol):
        def connection_made(self, transport: Any) -> None:
            self.transport, self.buffer = transport, b""

        def data_received(self, data: bytes) -> None:
            self.buffer += data
            while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
                found = length.search(self.buffer, 0, end + 2)
                size = int(found.group(1)) if found else 0
                if len(self.buffer) < end + 4 + size:
                    return
                head, self.buffer = self.buffer[:end], self.buffer[end + 4 + size :]
                self.transport.write(answers[b" /oauth2/" in head[:16]])

    async def main() -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # TCP: asyncio sets NODELAY
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        server = await asyncio.get_running_loop().create_server(Canned, sock=sock, backlog=512)
        print("ready", account_id, flush=True)
        await server.serve_forever()

    asyncio.run(main())


@contextmanager
def canned_server() -> Any:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, __file__, "--canned-server", str(port)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        ready, _, account_id = proc.stdout.readline().strip().partition(" ")
        if ready != "ready":
            raise RuntimeError("the canned server did not start")
        yield f"http://127.0.0.1:{port}", account_id
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# ---------------------------------------------------------------- per-call cost on each stack


async def _run(calls: int, concurrency: int, one: Callable[[], Awaitable[Any]]) -> None:
    remaining = calls

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await one()

    async with anyio.create_task_group() as tg:
        for _ in range(concurrency):
            tg.start_soon(worker)


def _client(base: str, **kwargs: Any) -> Any:
    from candescent_async import CandescentClient
    from candescent_async.sandbox import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, INSTITUTION_ID

    return CandescentClient(
        DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, INSTITUTION_ID, base_url=base, allow_insecure_base_url=True, **kwargs
    )


VARIANTS = ("raw aiohttp", "raw httpx2", "httpx2 over aiohttp", "facade (aiohttp)", "facade (httpcore2)")


async def bench_stacks(
    base: str, calls: int, rounds: int, account_id: str | None = None
) -> dict[int, dict[str, dict[str, float]]]:
    """CPU and wall per call for each variant at 1 and 64 tasks (medians over interleaved rounds)."""
    import aiohttp
    from _candescent_generated.core_banking.api.core_banking import get_account_by_id_v1 as op
    from _candescent_generated.core_banking.models.account import Account

    from candescent_async._aiohttp import AiohttpTransport
    from candescent_async._constants import DEFAULT_CONNECTION_LIMITS
    from candescent_async._json import loads

    facade_aiohttp = _client(base, host_user_id=HOST_USER, http_stack="aiohttp")
    facade_httpcore = _client(base, host_user_id=HOST_USER, http_stack="httpcore2")
    if account_id is None:
        account_id = (await facade_aiohttp.core_banking.list_accounts_v1()).accounts[0].id
    await facade_aiohttp.core_banking.get_account_by_id_v1(account_id)
    await facade_httpcore.core_banking.get_account_by_id_v1(account_id)
    token = await facade_aiohttp._transport.tokens.get("v2", facade_aiohttp._transport.send_auth)
    auth = {"Authorization": f"Bearer {token.access_token}", "Accept": "application/json"}
    url = f"{base}/v1/accounts/{account_id}"
    params = {"hostUserId": HOST_USER, "crossAccount": "true", "additionalFields": "false"}

    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=DEFAULT_CONNECTION_LIMITS.max_connections))
    plain = httpx2.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS, timeout=60)
    over = httpx2.AsyncClient(transport=AiohttpTransport(limits=DEFAULT_CONNECTION_LIMITS), timeout=60)

    async def raw_aiohttp() -> None:
        async with session.get(url, params=params, headers={**auth, "transactionId": str(uuid.uuid4())}) as r:
            body = await r.read()
            assert r.status == 200
        Account.from_dict(loads(body))

    def via(client: httpx2.AsyncClient) -> Callable[[], Awaitable[None]]:
        async def call() -> None:
            r = await client.get(url, params=params, headers={**auth, "transactionId": str(uuid.uuid4())})
            assert r.status_code == 200
            op._parse_success(r)

        return call

    async def facade_on_aiohttp() -> None:
        await facade_aiohttp.core_banking.get_account_by_id_v1(account_id)

    async def facade_on_httpcore() -> None:
        await facade_httpcore.core_banking.get_account_by_id_v1(account_id)

    fns = dict(zip(VARIANTS, (raw_aiohttp, via(plain), via(over), facade_on_aiohttp, facade_on_httpcore), strict=True))
    results: dict[int, dict[str, dict[str, float]]] = {}
    for concurrency in (1, 64):
        cpu: dict[str, list[float]] = {name: [] for name in fns}
        wall: dict[str, list[float]] = {name: [] for name in fns}
        for fn in fns.values():
            await _run(max(200, concurrency * 4), concurrency, fn)  # connections, caches, code paths warm
        per_round = max(1, calls // rounds)
        for round_no in range(rounds):
            order = list(fns.items()) if round_no % 2 == 0 else list(fns.items())[::-1]
            for name, fn in order:
                c0, w0 = time.process_time(), time.perf_counter()
                await _run(per_round, concurrency, fn)
                cpu[name].append((time.process_time() - c0) / per_round * 1e6)
                wall[name].append((time.perf_counter() - w0) / per_round * 1e6)
        row: dict[str, dict[str, float]] = {}
        for name in fns:

            def ratio(to: str, name: str = name, cpu: dict[str, list[float]] = cpu) -> float:
                return statistics.median(a / b for a, b in zip(cpu[name], cpu[to], strict=True))

            row[name] = {
                "cpu": statistics.median(cpu[name]),
                "wall": statistics.median(wall[name]),
                "x floor": ratio("raw aiohttp"),
                "x httpx2": ratio("raw httpx2"),
                "x over": ratio("httpx2 over aiohttp"),
                "x facade httpcore2": ratio("facade (httpcore2)"),
            }
        results[concurrency] = row
    await session.close()
    await plain.aclose()
    await over.aclose()
    await facade_aiohttp.close()
    await facade_httpcore.close()
    return results


def print_stacks(title: str, results: dict[int, dict[str, dict[str, float]]]) -> None:
    print(f"\n{title}")
    print(f"   {'tasks':>5}  {'variant':<20} {'cpu us/call':>11} {'wall us/call':>12} {'x floor':>8} {'x httpx2':>9}")
    for concurrency, row in results.items():
        for name, r in row.items():
            print(
                f"   {concurrency:>5}  {name:<20} {r['cpu']:>11.0f} {r['wall']:>12.0f} "
                f"{r['x floor']:>8.2f} {r['x httpx2']:>9.2f}"
            )


# ---------------------------------------------------------------- the figures kept from before


def bench_parsing(pages: int) -> dict[str, float]:
    """A 1,000-transaction page: the generated success parser (Decimal JSON + models) vs json.loads."""
    import json

    from _candescent_generated.core_banking.api.core_banking import list_account_transactions_v1

    from candescent_async.sandbox import Sandbox

    async def fetch() -> httpx2.Response:
        sandbox = Sandbox(seed=0)
        user = next(iter(sandbox.world.users.values()))
        async with sandbox.client(host_user_id=user.host_user_id) as cd:
            account = (await cd.core_banking.list_accounts_v1()).accounts[0]
            raw = await cd.core_banking.with_raw_response.list_account_transactions_v1(
                account_id=account.id, top=1000, skip=0
            )
            return raw.http_response

    response = anyio.run(fetch)
    content = response.content

    def once(fn: Callable[[], Any]) -> float:
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started

    # Interleaved, so both sides of each ratio share the machine's state at that moment.
    baseline, parsed = [], []
    for _ in range(pages):
        baseline.append(once(lambda: json.loads(content)))
        parsed.append(once(lambda: list_account_transactions_v1._parse_success(response)))
    return {
        "json.loads ms": statistics.median(baseline) * 1000,
        "facade parse ms": statistics.median(parsed) * 1000,
        "ratio": statistics.median(p / b for p, b in zip(parsed, baseline, strict=True)),
    }


async def bench_pagination_memory(base: str, total: int) -> dict[str, float]:
    """Walk ``total`` transactions page by page; report peak RSS growth of this process."""
    from candescent_async.pagination import paginate

    async with _client(base, host_user_id=HOST_USER) as cd:
        account = (await cd.core_banking.list_accounts_v1()).accounts[0]
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        count = 0
        started = time.perf_counter()
        method = cd.core_banking.list_account_transactions_v1
        walk = paginate(method, account_id=account.id).with_options(page_size=1000)
        async for _ in walk:
            count += 1
        elapsed = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"items": count, "seconds": elapsed, "peak RSS growth MB": (after - before) / 1024}


def bench_import() -> dict[str, float]:
    """Cold import of the facade and of httpx2 alone, then the first use of each category (fresh interpreters).

    As a user's install has them: bytecode compiled (pip compiles on install; this environment may set
    PYTHONDONTWRITEBYTECODE, so it is unset and everything compiled once first) and runtime dependencies
    only (httpx2 imports its optional CLI, click and rich, when installed, as in our dev venv).
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "candescent_async"), str(ROOT / "generated")],
        check=True,
        env=env,
    )
    runtime_only = "import sys; sys.modules['click'] = None; "
    timed = "import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"

    def one(code: str) -> float:
        return float(subprocess.check_output([sys.executable, "-c", code], text=True, env=env))

    facade, alone, dev = [], [], []
    for _ in range(9):  # interleaved, so both see the same machine
        facade.append(one(runtime_only + timed.format(module="candescent_async")))
        alone.append(one(runtime_only + timed.format(module="httpx2")))
        dev.append(one(timed.format(module="candescent_async")))
    result = {
        "import candescent_async ms": statistics.median(facade) * 1000,
        "import httpx2 alone ms": statistics.median(alone) * 1000,
        "import candescent_async, dev venv (httpx2 CLI deps present) ms": statistics.median(dev) * 1000,
    }
    from candescent_async._registry import CATEGORIES

    probe = (
        "import time, candescent_async._client as c\n"
        "t=time.perf_counter()\n"
        "cd=c.CandescentClient(environment='sandbox')\n"
        "getattr(cd, '{cat}')\n"
        "print(time.perf_counter()-t)"
    )
    for category in CATEGORIES:
        result[f"first use of cd.{category} ms"] = one(probe.format(cat=category)) * 1000
    return result


async def bench_token_burst(base: str, calls: int) -> dict[str, int]:
    """``calls`` concurrent first calls on a fresh client: how many token requests reach the server."""
    async with httpx2.AsyncClient() as probe:
        before = (await probe.get(f"{base}/_sandbox/state")).json()["token_requests"]
    async with _client(base, host_user_id=HOST_USER) as cd, anyio.create_task_group() as tg:
        for _ in range(calls):
            tg.start_soon(cd.money_movement.list_recipients_v1)
    async with httpx2.AsyncClient() as probe:
        after = (await probe.get(f"{base}/_sandbox/state")).json()["token_requests"]
    return {"concurrent first calls": calls, "token requests": sum(after.values()) - sum(before.values())}


# ---------------------------------------------------------------- report


def stack_targets(results: dict[int, dict[str, dict[str, float]]]) -> None:
    for concurrency, lighter in ((1, 1.8), (64, 3.0)):
        row = results[concurrency]
        facade = row["facade (aiohttp)"]
        print(
            "   "
            + target(
                f"{concurrency:>2} tasks: facade / httpx2-over-aiohttp {facade['x over']:.2f} (target <= 1.15; "
                f"{facade['cpu'] - row['httpx2 over aiohttp']['cpu']:+.0f} us cpu per call)",
                facade["x over"] <= 1.15,
            )
        )
        times = 1 / facade["x facade httpcore2"]
        print(
            "   "
            + target(
                f"{concurrency:>2} tasks: facade on the default asyncio stack {times:.2f}x lighter than on "
                f"httpcore2 (target >= {lighter})",
                times >= lighter,
            )
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=4_000, help="calls per variant and concurrency (canned)")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the script itself")
    parser.add_argument("--canned-server", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.canned_server:
        serve_canned(args.canned_server)
        return 0
    if args.quick:
        args.calls, args.rounds, args.items = 400, 4, 20_000
    cpu = platform.processor() or platform.machine()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}")
    print(f"date: {time.strftime('%Y-%m-%d')}")

    with canned_server() as (base, account_id):
        canned = asyncio.run(bench_stacks(base, args.calls, args.rounds, account_id))
    print_stacks(
        f"1. client cost per GET /v1/accounts/{{id}} against a canned server in another process "
        f"({args.calls} calls per variant in {args.rounds} interleaved rounds; medians; ratios of cpu)",
        canned,
    )
    stack_targets(canned)

    with served_sandbox(transactions_per_account=args.items) as base:
        served = asyncio.run(bench_stacks(base, args.calls // 2, args.rounds))
        print_stacks(
            f"2. the same against the served sandbox (uvicorn; {args.calls // 2} calls per variant; its own CPU is "
            "another process's)",
            served,
        )
        memory = anyio.run(bench_pagination_memory, base, args.items)
        print(
            f"\n3. pagination: {memory['items']} transactions in {memory['seconds']:.1f}s on the default stack, "
            f"peak RSS growth {memory['peak RSS growth MB']:.1f} MB"
        )
        print(
            "   "
            + target(
                f"pagination peak RSS growth {memory['peak RSS growth MB']:.1f} MB (target < 30 MB)",
                memory["peak RSS growth MB"] < 30 and memory["items"] == args.items,
            )
        )
        burst = anyio.run(bench_token_burst, base, 1000)
        print(
            f"\n4. token burst: {burst['concurrent first calls']} concurrent first calls -> "
            f"{burst['token requests']} token request(s)"
        )
        print(
            "   "
            + target(
                f"token burst: {burst['token requests']} token request(s) (target 1)", burst["token requests"] == 1
            )
        )

    parsing = bench_parsing(100)
    print(
        f"\n5. parsing a 1,000-transaction page: json.loads {parsing['json.loads ms']:.2f} ms, "
        f"facade {parsing['facade parse ms']:.2f} ms"
    )
    print("   " + target(f"parsing {parsing['ratio']:.2f}x json.loads (target <= 2.0)", parsing["ratio"] <= 2.0))

    imports = bench_import()
    print("\n6. import time (median of 9, fresh interpreters) and first use of a category")
    for name, ms in imports.items():
        print(f"   {name}: {ms:.0f}")
    ratio = imports["import candescent_async ms"] / imports["import httpx2 alone ms"]
    print("   " + target(f"import candescent_async {ratio:.2f}x import httpx2 (target <= 1.3)", ratio <= 1.3))

    failed = [label for label, ok in TARGETS if not ok]
    print(f"\ntargets: {len(TARGETS) - len(failed)}/{len(TARGETS)} PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
