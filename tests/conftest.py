"""Shared fixtures: every async test runs on both asyncio and trio (anyio's pytest plugin); every
exchange with an in-process sandbox is validated against the platform's contract (tests/_contract.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests import _contract


def pytest_configure(config: pytest.Config) -> None:
    from candescent_async.sandbox._app import WIRE_OBSERVERS

    config.addinivalue_line(
        "markers", "contract_self_checked: the test judges its own platform-contract results (no per-test check)"
    )
    config.addinivalue_line(
        "markers",
        "contract_exempt(reason): the test sends what the platform would refuse on purpose; its traffic is not "
        "validated or counted",
    )
    if _contract.observe not in WIRE_OBSERVERS:
        WIRE_OBSERVERS.append(_contract.observe)


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=["aiohttp", "httpcore2"])
def stack(request: pytest.FixtureRequest) -> str:
    """The connection layer under the client's own pool (``http_stack=``), for tests over real HTTP."""
    return str(request.param)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """aiohttp is asyncio's stack only: trio x aiohttp is not a combination (deselected, not skipped)."""
    keep, dropped = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        (dropped if params.get("stack") == "aiohttp" and params.get("anyio_backend") == "trio" else keep).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


@pytest.fixture(autouse=True)
def _platform_contract(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test whose SDK traffic breaks the platform's contract."""
    if request.node.get_closest_marker("contract_exempt"):
        _contract.LEDGER.recording = False
        try:
            yield
        finally:
            _contract.LEDGER.recording = True
        return
    mark = len(_contract.LEDGER.events)
    yield
    if request.node.get_closest_marker("contract_self_checked"):
        return
    broken = [event for event in _contract.LEDGER.since(mark) if event.problems]
    if broken:
        lines = [f"{e.operation_id} {e.direction} ({e.where}): {e.problems[0]}" for e in broken[:5]]
        more = f"\n  ... and {len(broken) - 5} more" if len(broken) > 5 else ""
        pytest.fail(
            "this test's traffic breaks the platform contract (fix the sandbox or the SDK, or declare a "
            "deviation in specs/ with its evidence):\n  " + "\n  ".join(lines) + more,
            pytrace=False,
        )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests._redis import SUMMARY
    from tests._reliability import TALLY
    from tests.test_specs import COVERAGE

    if COVERAGE:
        per = ", ".join(f"{c} {n}/{m}" for c, (n, m) in COVERAGE.items())
        total = sum(n for n, _ in COVERAGE.values()), sum(m for _, m in COVERAGE.values())
        terminalreporter.write_line(f"operations on the client: {total[0]}/{total[1]} ({per})")

    if TALLY.scenarios:
        terminalreporter.write_line(TALLY.line())

    for line in SUMMARY:  # the Redis fleet tests' figures
        terminalreporter.write_line(line)

    if _contract.LEDGER.events:
        terminalreporter.write_line(_contract.LEDGER.line())
        terminalreporter.write_line(_contract.LEDGER.details())
    elif not _contract.FACTS.is_file():
        terminalreporter.write_line(f"platform contract: not checked ({_contract.FACTS} is absent)")
