"""Shared fixtures: every async test runs on both asyncio and trio (anyio's pytest plugin)."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests._reliability import TALLY

    if TALLY.scenarios:
        terminalreporter.write_line(TALLY.line())
