"""The embedded sandbox: a stateful local Candescent platform (``pip install candescent-async[sandbox]``).

In-process (no sockets)::

    sandbox = Sandbox(seed=7)
    async with sandbox.client(host_user_id="HU-1001") as cd:
        accounts = await cd.core_banking.list_accounts_v1()

Served on 127.0.0.1: ``python -m candescent_async.sandbox --port 8765``.
"""

from ._app import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, Sandbox
from ._faults import Fault
from ._state import INSTITUTION_ID

__all__ = ["DEMO_CLIENT_ID", "DEMO_CLIENT_SECRET", "INSTITUTION_ID", "Fault", "Sandbox", "create_app"]


def create_app(seed: int = 0, token_lifetime: float = 1800.0) -> object:
    """The ASGI app of a fresh served sandbox (network faults are real: hangs, and drops under uvicorn)."""
    from ._app import with_real_drops

    return with_real_drops(Sandbox(seed=seed, token_lifetime=token_lifetime, in_process=False).app)
