"""A blocking client for scripts and notebooks, derived from the async one at run time.

``BlockingCandescentClient`` runs a ``CandescentClient`` on an event loop in a worker thread (anyio's
blocking portal) and exposes the same categories, methods, views, errors and lifecycle as plain
calls::

    with BlockingCandescentClient.from_env(host_user_id="HU-1001") as cd:
        account = cd.core_banking.get_account_by_id_v1(account_id)
        for txn in cd.paginate(cd.core_banking.list_account_transactions_v1, account_id=account_id):
            ...

Nothing is generated twice: each method is the async client's own, called through the portal, so
retries, tokens and money rules are the same code. It works inside Jupyter too, whose own loop
is never touched. Results are the async methods' results; the methods themselves are typed ``Any``
(Python's type system cannot map a class's coroutine methods to blocking ones).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractContextManager
from types import TracebackType
from typing import Any, Self

from anyio.from_thread import BlockingPortal, start_blocking_portal

from ._client import CandescentClient
from ._errors import ClientClosedError
from ._registry import CATEGORIES
from .pagination import paginate

__all__ = ["BlockingCandescentClient"]


class _Blocking:
    """Wraps one async object: coroutine methods become blocking calls, namespaces are wrapped in turn."""

    def __init__(self, root: BlockingCandescentClient, target: Any) -> None:
        self._root = root
        self._target = target

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if inspect.iscoroutinefunction(attr):

            @functools.wraps(attr)
            def call(*args: Any, **kwargs: Any) -> Any:
                return self._root._call(functools.partial(attr, *args, **kwargs))

            call.__candescent_async__ = attr  # type: ignore[attr-defined]  # for paginate()
            return call
        if name == "with_raw_response":
            return _Blocking(self._root, attr)
        return attr

    def __dir__(self) -> list[str]:
        return sorted(set(dir(self._target)) | set(super().__dir__()))

    def __repr__(self) -> str:
        return f"<blocking {self._target!r}>"


class BlockingCandescentClient:
    """The blocking twin of ``CandescentClient``: same arguments, methods and errors, no ``await``.

    Use it as a context manager (or call ``close()``): on exit it closes the async client (revoking
    its tokens as that does) and stops the worker thread's event loop.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._start(lambda: CandescentClient(*args, **kwargs))

    @classmethod
    def from_env(cls, environ: Any = None, **overrides: Any) -> Self:
        """Like ``CandescentClient.from_env``."""
        return cls._wrap(lambda: CandescentClient.from_env(environ, **overrides))

    @classmethod
    def _wrap(cls, build: Callable[[], CandescentClient]) -> Self:
        """A blocking client around the async client ``build()`` returns (used by the sandbox)."""
        self = object.__new__(cls)
        self._start(build)
        return self

    def _start(self, build: Callable[[], CandescentClient]) -> None:
        self._portal_cm: AbstractContextManager[BlockingPortal] | None = start_blocking_portal("asyncio")
        self._portal = self._portal_cm.__enter__()
        self._root = self
        try:
            self._client = build()
        except BaseException:
            self._stop()
            raise

    def _view(self, client: CandescentClient) -> Self:
        view = object.__new__(type(self))
        view._portal_cm, view._portal, view._root, view._client = None, self._portal, self._root, client
        return view

    def _call(self, func: Callable[[], Any]) -> Any:
        if self._root._portal_cm is None:
            raise ClientClosedError("this BlockingCandescentClient is closed; create a new one")
        return self._portal.call(func)

    # ------------------------------------------------------------------ the async client's surface

    def __getattr__(self, name: str) -> Any:
        if name in CATEGORIES:
            return _Blocking(self, getattr(self._client, name))
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(CATEGORIES))

    def for_user(self, **user: Any) -> Self:
        """A view acting for one user (see ``CandescentClient.for_user``)."""
        return self._view(self._client.for_user(**user))

    def with_options(self, **options: Any) -> Self:
        """A view with other per-call defaults (see ``CandescentClient.with_options``)."""
        return self._view(self._client.with_options(**options))

    def paginate(
        self,
        method: Callable[..., Any],
        /,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        **arguments: Any,
    ) -> Iterator[Any]:
        """Every item of a paging operation, fetched page by page as the loop asks (see ``paginate``)."""
        target = getattr(method, "__candescent_async__", method)
        walk = paginate(target, **arguments).with_options(page_size=page_size, max_items=max_items, max_pages=max_pages)
        iterator: AsyncIterator[Any] = aiter(walk)
        while True:
            try:
                yield self._call(functools.partial(anext, iterator))
            except StopAsyncIteration:
                return

    @property
    def base_url(self) -> str:
        return self._client.base_url

    def __repr__(self) -> str:
        return f"Blocking{self._client!r}"

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the async client (a view closes nothing) and stop the worker thread."""
        if self._root is not self or self._portal_cm is None:
            return
        try:
            self._portal.call(self._client.close)
        finally:
            self._stop()

    def _stop(self) -> None:
        portal_cm, self._portal_cm = self._portal_cm, None
        if portal_cm is not None:
            portal_cm.__exit__(None, None, None)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
