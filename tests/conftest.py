"""Shared fixtures: every async test runs on both asyncio and trio (anyio's pytest plugin)."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


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
