"""In-process sandboxes served over real HTTP on 127.0.0.1, for the tests that must run on each stack.

One uvicorn server (h11, a thread of the test process with its own asyncio loop) serves every
sandbox a test registers, each under its own path prefix, so a test keeps reading and arranging its
``Sandbox`` object (calls, faults, world) while the client reaches it through real sockets with the
stack under test. Network faults are real: a hang holds the request until the client's read timeout,
and a drop closes the connection without an answer (``with_real_drops``, as the served sandbox does).
"""

from __future__ import annotations

import atexit
import itertools
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from candescent_async import CandescentClient
from candescent_async.sandbox import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, INSTITUTION_ID, Sandbox
from candescent_async.sandbox.__main__ import listen_on_loopback
from candescent_async.sandbox._app import with_real_drops

STACKS = ("aiohttp", "httpcore2")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]


class LoopbackServer:
    """A real HTTP server on 127.0.0.1 dispatching ``/_<n>/...`` to the n-th registered ASGI app."""

    def __init__(self) -> None:
        import uvicorn

        self._apps: dict[str, ASGIApp] = {}
        self._serial = itertools.count()
        self.peers: dict[str, set[tuple[str, int]]] = {}  # per mounted app: the client ends that reached it
        sock = listen_on_loopback(0)  # listening before the thread starts: connecting needs no wait
        self.port = int(sock.getsockname()[1])
        config = uvicorn.Config(
            self._dispatch,
            interface="asgi3",
            http="h11",
            lifespan="off",
            log_level="warning",
            access_log=False,
            timeout_keep_alive=75,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        atexit.register(self.stop)

    def mount(self, app: ASGIApp) -> str:
        """Serve ``app``; returns its base URL."""
        key = f"_{next(self._serial)}"
        self._apps[key] = app
        self.peers[key] = set()
        return f"http://127.0.0.1:{self.port}/{key}"

    def connections(self, base_url: str) -> int:
        """How many TCP connections have reached the app served at ``base_url``."""
        return len(self.peers[base_url.rsplit("/", 1)[1]])

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    async def _dispatch(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        _, key, rest = (scope["path"] + "/").split("/", 2) if scope["path"].count("/") >= 2 else ("", "", "")
        app = self._apps.get(key)
        prefix = f"/{key}".encode()
        if app is None:
            await send({"type": "http.response.start", "status": 404, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            return
        self.peers[key].add(tuple(scope["client"]))  # one (address, port) per TCP connection
        inner = dict(scope)
        inner["path"] = "/" + rest[:-1] if rest else "/"
        raw = scope.get("raw_path") or b""
        inner["raw_path"] = raw[len(prefix) :] if raw.startswith(prefix) else raw
        await app(inner, receive, send)


_SERVER: LoopbackServer | None = None


def server() -> LoopbackServer:
    global _SERVER
    if _SERVER is None:
        _SERVER = LoopbackServer()
    return _SERVER


def _url_of(sandbox: Sandbox) -> str:
    """One URL per sandbox, so clients of the same sandbox share token scope (it is keyed by base URL)."""
    url: str | None = getattr(sandbox, "_served_url", None)
    if url is None:
        url = server().mount(with_real_drops(sandbox.app))
        sandbox._served_url = url  # type: ignore[attr-defined]
    return url


def served_client(sandbox: Sandbox, stack: str, **options: Any) -> CandescentClient:
    """A client reaching ``sandbox`` over loopback HTTP through ``stack`` (its own pool)."""
    if sandbox.in_process:
        raise ValueError("serve a Sandbox(in_process=False): its faults must be real network faults")
    kwargs: dict[str, Any] = {
        "client_id": DEMO_CLIENT_ID,
        "client_secret": DEMO_CLIENT_SECRET,
        "institution_id": INSTITUTION_ID,
        "base_url": _url_of(sandbox),
        "allow_insecure_base_url": True,
        "http_stack": stack,
    }
    if "http_client" in options:  # the test brings its own pool (wrapping a stack's transport)
        del kwargs["http_stack"]
    kwargs.update(options)
    return CandescentClient(**kwargs)
