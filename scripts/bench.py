"""Benchmarks (``make bench``): per-call overhead, parsing cost, pagination memory, import time and
token bursts, against the sandbox served by a real uvicorn process on 127.0.0.1. Prints figures.

Each figure is a ratio or an absolute measured on this machine; run it twice to judge noise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def served_sandbox(**options: Any) -> Any:
    """Start ``python -m candescent_async.sandbox`` on a free loopback port; stop it afterwards."""
    port = _free_port()
    args = [sys.executable, "-m", "candescent_async.sandbox", "--port", str(port)]
    for key, value in options.items():
        args += [f"--{key.replace('_', '-')}", str(value)]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx2.get(f"{base}/_sandbox/state", timeout=1.0)
                break
            except httpx2.TransportError:
                time.sleep(0.05)
        else:
            raise RuntimeError("sandbox did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _client(base: str, **kwargs: Any) -> Any:
    from candescent_async import CandescentClient
    from candescent_async.sandbox import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, INSTITUTION_ID

    return CandescentClient(
        DEMO_CLIENT_ID,
        DEMO_CLIENT_SECRET,
        INSTITUTION_ID,
        base_url=base,
        allow_insecure_base_url=True,
        **kwargs,
    )


async def _run(calls: int, concurrency: int, one: Callable[[], Awaitable[Any]]) -> float:
    """Seconds to complete ``calls`` calls with ``concurrency`` workers."""
    remaining = calls

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await one()

    started = time.perf_counter()
    async with anyio.create_task_group() as tg:
        for _ in range(concurrency):
            tg.start_soon(worker)
    return time.perf_counter() - started


async def bench_overhead(base: str, calls: int) -> dict[str, Any]:
    """10,000 GET /v1/accounts/{id}: raw httpx vs the bare generated function vs the facade."""
    from _candescent_generated.core_banking.api.core_banking import get_account_by_id_v1

    results: dict[str, Any] = {}
    # One connection pool under all three, so they differ only in the code above the pool.
    pool = httpx2.AsyncHTTPTransport(limits=httpx2.Limits(max_connections=64, max_keepalive_connections=64))
    async with _client(base, host_user_id="HU-1001", http_client=httpx2.AsyncClient(transport=pool)) as cd:
        accounts = await cd.core_banking.list_accounts_v1()
        account_id = accounts.accounts[0].id
        token = await cd._transport.tokens.get("v2", cd._transport.send_auth)
        headers = {"Authorization": f"Bearer {token.access_token}", "Accept": "application/json"}
        raw = httpx2.AsyncClient(base_url=base, transport=pool, timeout=60)
        generated = httpx2.AsyncClient(base_url=base, transport=pool, timeout=60, headers=headers)

        async def via_raw() -> None:
            response = await raw.get(
                f"/v1/accounts/{account_id}",
                params={"hostUserId": "HU-1001"},
                headers={**headers, "transactionId": str(uuid.uuid4())},
            )
            response.raise_for_status()
            response.json()

        async def via_generated() -> None:
            # The generated request builder and success parser, sent without the facade's transport.
            request = get_account_by_id_v1._get_kwargs(account_id, host_user_id="HU-1001")
            response = await generated.request(**request, headers={"transactionId": str(uuid.uuid4())})
            response.raise_for_status()
            get_account_by_id_v1._parse_success(response)

        async def via_facade() -> None:
            await cd.core_banking.get_account_by_id_v1(account_id)

        variants = [("raw httpx", via_raw), ("generated", via_generated), ("facade", via_facade)]
        rounds = 10
        for concurrency in (1, 64):
            walls: dict[str, list[float]] = {name: [] for name, _ in variants}
            cpu: dict[str, float] = dict.fromkeys(walls, 0.0)
            for _, fn in variants:
                await _run(200, concurrency, fn)  # warm up connections and caches
            # Interleaved rounds in alternating order, so drift in the machine or the server process
            # over the run is shared by all three rather than charged to whichever runs last.
            for round_no in range(rounds):
                for name, fn in variants if round_no % 2 == 0 else variants[::-1]:
                    started = time.process_time()
                    walls[name].append(await _run(calls // rounds, concurrency, fn))
                    cpu[name] += time.process_time() - started
            results[concurrency] = {
                name: {
                    "seconds": sum(walls[name]),
                    # median over rounds of this variant's time / raw's time in the same round
                    "ratio": statistics.median(w / r for w, r in zip(walls[name], walls["raw httpx"], strict=True)),
                    "client cpu us per call": cpu[name] / calls * 1e6,
                }
                for name in walls
            }
    await pool.aclose()
    return results


def bench_parsing(pages: int) -> dict[str, float]:
    """A 1,000-transaction page: facade parse (Decimal JSON + models) vs json.loads alone."""
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

    def timed(fn: Callable[[], Any]) -> float:
        samples = []
        for _ in range(pages):
            started = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - started)
        return statistics.median(samples)

    baseline = timed(lambda: json.loads(content))
    parsed = timed(lambda: list_account_transactions_v1._parse_success(response))
    return {"json.loads ms": baseline * 1000, "facade parse ms": parsed * 1000, "ratio": parsed / baseline}


async def bench_pagination_memory(base: str, total: int) -> dict[str, float]:
    """Walk ``total`` transactions page by page; report peak RSS growth of this process."""
    from candescent_async.pagination import paginate

    async with _client(base, host_user_id="HU-1001") as cd:
        account = (await cd.core_banking.list_accounts_v1()).accounts[0]
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        count = 0
        started = time.perf_counter()
        async for _ in paginate(cd.core_banking.list_account_transactions_v1, account_id=account.id, page_size=1000):
            count += 1
        elapsed = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"items": count, "seconds": elapsed, "peak RSS growth MB": (after - before) / 1024}


def bench_import() -> dict[str, float]:
    """Cold import of the facade, then the first use of each category (fresh interpreters)."""
    # httpx imports its optional CLI (click, rich: ~50 ms) when they are installed, as they are in our
    # dev venv but not in a user's runtime-only install; "runtime deps only" hides them, as there.
    runtime_only = "import sys; sys.modules['click'] = None; "
    timed = "import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"

    def median_ms(code: str) -> float:
        runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(7)]
        return statistics.median(runs) * 1000

    result = {
        "candescent_async, runtime deps only (median of 7) ms": median_ms(
            runtime_only + timed.format(module="candescent_async")
        ),
        "  of which import httpx2 alone ms": median_ms(runtime_only + timed.format(module="httpx")),
        "candescent_async in the dev venv (httpx CLI deps present) ms": median_ms(
            timed.format(module="candescent_async")
        ),
    }
    from candescent_async._registry import CATEGORIES

    probe = (
        "import time, importlib, candescent_async, candescent_async._client as c\n"
        "t=time.perf_counter()\n"
        "cd=c.CandescentClient(environment='sandbox')\n"
        "getattr(cd, '{cat}')\n"
        "print(time.perf_counter()-t)"
    )
    import importlib.util

    for category in CATEGORIES:
        if importlib.util.find_spec(f"_candescent_generated.{category}") is None:
            continue
        out = subprocess.check_output([sys.executable, "-c", probe.format(cat=category)], text=True)
        result[f"first use of cd.{category} ms"] = float(out) * 1000
    return result


async def bench_token_burst(base: str, calls: int) -> dict[str, int]:
    """``calls`` concurrent first calls on a fresh client: how many token requests reach the server."""
    async with httpx2.AsyncClient() as probe:
        state_before = (await probe.get(f"{base}/_sandbox/state")).json()["token_requests"]
    async with _client(base, host_user_id="HU-1001") as cd, anyio.create_task_group() as tg:
        for _ in range(calls):
            tg.start_soon(cd.money_movement.list_recipients_v1)
    async with httpx2.AsyncClient() as probe:
        state_after = (await probe.get(f"{base}/_sandbox/state")).json()["token_requests"]
    fetched = sum(state_after.values()) - sum(state_before.values())
    return {"concurrent first calls": calls, "token requests": fetched}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the script itself")
    args = parser.parse_args()
    if args.quick:
        args.calls, args.items = 300, 20_000
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"date: {time.strftime('%Y-%m-%d')}")

    with served_sandbox(transactions_per_account=args.items) as base:
        overhead = anyio.run(bench_overhead, base, args.calls)
        print(
            f"\n1. per-call overhead, {args.calls} x GET /v1/accounts/{{id}} in 10 interleaved rounds "
            "(total seconds; median per-round ratio to raw httpx; client-process CPU per call)"
        )
        for concurrency, row in overhead.items():
            cells = ", ".join(
                f"{name} {r['seconds']:.2f}s ({r['ratio']:.2f}x, {r['client cpu us per call']:.0f} us cpu)"
                for name, r in row.items()
            )
            print(f"   {concurrency:>2} tasks: {cells}")
        memory = anyio.run(bench_pagination_memory, base, args.items)
        print(
            f"\n3. pagination: {memory['items']} transactions in {memory['seconds']:.1f}s, "
            f"peak RSS growth {memory['peak RSS growth MB']:.1f} MB (target < 30 MB)"
        )
        burst = anyio.run(bench_token_burst, base, 1000)
        print(
            f"\n5. token burst: {burst['concurrent first calls']} concurrent first calls -> "
            f"{burst['token requests']} token request(s) (target 1)"
        )

    parsing = bench_parsing(50)
    print(
        f"\n2. parsing a 1,000-transaction page: json.loads {parsing['json.loads ms']:.2f} ms, "
        f"facade {parsing['facade parse ms']:.2f} ms, ratio {parsing['ratio']:.1f}x"
    )
    imports = bench_import()
    print("\n4. import time")
    for name, ms in imports.items():
        print(f"   {name}: {ms:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
