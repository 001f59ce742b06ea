"""Pytest plugin: test your own services against an in-process sandbox, no HTTP mocking.

Enabled automatically when candescent-async is installed (entry point ``pytest11``)::

    async def test_balance(candescent_client):
        account = await candescent_client.core_banking.get_account_by_id_v1(...)

Fixtures: ``candescent_sandbox`` (a fresh, seeded ``Sandbox``; override ``candescent_sandbox_options``
to change seed or token lifetime) and ``candescent_client`` (a ``CandescentClient`` wired to it,
signed in with the demo credentials and the first retail user as default user). Async fixtures run
under anyio's pytest plugin, on whichever backend your test selects.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import pytest

from ._client import CandescentClient

if TYPE_CHECKING:
    from .sandbox import Sandbox

__all__ = ["candescent_client", "candescent_sandbox", "candescent_sandbox_options"]


@pytest.fixture
def candescent_sandbox_options() -> dict[str, Any]:
    """Keyword arguments for ``Sandbox(...)``; override this fixture to customise."""
    return {"seed": 0}


@pytest.fixture
def candescent_sandbox(candescent_sandbox_options: dict[str, Any]) -> Sandbox:
    """A fresh in-process sandbox (requires the ``sandbox`` extra)."""
    from .sandbox import Sandbox

    return Sandbox(**candescent_sandbox_options)


@pytest.fixture
async def candescent_client(candescent_sandbox: Sandbox) -> AsyncIterator[CandescentClient]:
    """A client signed in to ``candescent_sandbox`` as the first retail user."""
    first_user = next(iter(candescent_sandbox.world.users.values()))
    async with candescent_sandbox.client(host_user_id=first_user.host_user_id) as client:
        yield client
