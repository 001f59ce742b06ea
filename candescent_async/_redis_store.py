"""RedisTokenStore: one set of tokens for a whole deployment, shared by every replica through Redis.

``pip install 'candescent-async[redis]'``. Built on redis-py's asyncio client, so it runs on asyncio
only (under trio every method raises ``ConfigurationError``). Keys are the client's token keys (they
name no secret); values are JSON of the ``Token`` fields and expire with the token (or with its
refresh token, while that can still renew it). The lock is a Redis lock with a random owner token and
an expiry: a crashed holder blocks the fleet for at most ``lock_timeout`` seconds.

When Redis cannot be reached the store carries on in process: tokens are kept in memory and fetches
are single-flight per process, one WARNING is logged for the outage, and Redis is tried again every
``retry_interval`` seconds (an INFO line when it answers again).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import math
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from types import TracebackType
from typing import Any, Final, Self, TypeVar

import anyio

try:
    from redis.asyncio import Redis
    from redis.asyncio.lock import Lock
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import LockError
    from redis.exceptions import TimeoutError as RedisTimeoutError
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("RedisTokenStore needs redis-py: pip install 'candescent-async[redis]'") from exc

from ._auth import InMemoryTokenStore, Token
from ._constants import LOGGER_NAME
from ._errors import ConfigurationError

__all__ = ["RedisTokenStore"]

log = logging.getLogger(LOGGER_NAME)

T = TypeVar("T")

# What "Redis is unreachable" looks like: refused or reset connections, timeouts, failed AUTH.
_UNREACHABLE: Final = (RedisConnectionError, RedisTimeoutError, OSError)
_FORMAT: Final = 1  # version of the JSON value, so a later layout can tell old values apart
_LOCK_POLL: Final = 0.025  # seconds between tries while another replica holds the lock
_RELEASE_BOUND: Final = 5.0  # seconds a release may take, even when the caller is cancelled


class _Down:
    """Marker: the Redis call was not made or failed; use the in-process copy."""


_DOWN: Final = _Down()


@dataclasses.dataclass(frozen=True, slots=True)
class _Lease:
    """The Redis lock this process holds for a key: redis-py's lock, our owner token, when taken."""

    lock: Lock
    owner: bytes = dataclasses.field(repr=False)
    acquired_at: float


def _encode(token: Token) -> str:
    return json.dumps({"format": _FORMAT, **dataclasses.asdict(token)}, separators=(",", ":"))


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _decode(raw: bytes | str) -> Token | None:
    """The token in a stored value, or None if the value is not one we wrote (never logged)."""
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            return None
        extra = data.get("extra") or {}
        token = Token(
            kind=data["kind"],
            access_token=data["access_token"],
            expires_at=float(data["expires_at"]),
            refresh_token=data.get("refresh_token"),
            refresh_expires_at=_optional_float(data.get("refresh_expires_at")),
            grant=data.get("grant", "client_credentials"),
            extra={str(k): str(v) for k, v in extra.items()},
            # Written by a replica whose Token has issued_at; absent from an older one's values.
            issued_at=_optional_float(data.get("issued_at")),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    if token.kind not in ("v1", "v2") or not isinstance(token.access_token, str) or not isinstance(token.grant, str):
        return None
    if token.refresh_token is not None and not isinstance(token.refresh_token, str):
        return None
    return token


def _ttl_ms(token: Token, now: float) -> int:
    """How long the value is worth keeping: until the token expires, or its refresh token does."""
    until = token.expires_at
    if token.refresh_token and token.refresh_expires_at is not None:
        until = max(until, token.refresh_expires_at)
    return math.ceil((until - now) * 1000)


def _require_asyncio() -> None:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        raise ConfigurationError(
            "RedisTokenStore runs on asyncio only (redis-py's asyncio client); under trio use "
            "InMemoryTokenStore or your own TokenStore"
        ) from None


class RedisTokenStore:
    """A ``TokenStore`` in Redis, so every replica of a deployment shares one token per key.

    ``redis`` is a URL (``redis://host:6379/0``, ``rediss://`` for TLS; the store owns that
    connection pool and ``aclose()`` closes it) or a ``redis.asyncio.Redis`` you manage yourself.
    """

    def __init__(
        self,
        redis: str | Redis = "redis://127.0.0.1:6379/0",
        *,
        lock_timeout: float = 30.0,
        retry_interval: float = 5.0,
        socket_timeout: float = 2.0,
        max_connections: int = 16,
    ) -> None:
        if lock_timeout <= 0 or retry_interval < 0 or socket_timeout <= 0 or max_connections < 1:
            raise ConfigurationError(
                "RedisTokenStore needs lock_timeout > 0, retry_interval >= 0, socket_timeout > 0, max_connections >= 1"
            )
        if isinstance(redis, str):
            try:
                self._redis = Redis.from_url(
                    redis,
                    socket_timeout=socket_timeout,
                    socket_connect_timeout=socket_timeout,
                    max_connections=max_connections,
                    # One immediate retry (a pooled connection the server dropped), no backoff: an
                    # unreachable Redis must be noticed in one connect, not after seconds of retries.
                    retry=Retry(NoBackoff(), 1),
                )
            except ValueError:
                # redis-py's message repeats the URL, which may carry a password.
                raise ConfigurationError("RedisTokenStore: not a redis://, rediss:// or unix:// URL") from None
            self._owns_client = True
        else:
            self._redis = redis
            self._owns_client = False
        kwargs = self._redis.connection_pool.connection_kwargs
        # Where, for logs and repr: host, port and database only (a URL may carry a password).
        self._where = str(kwargs["path"]) if kwargs.get("path") else f"{kwargs.get('host')}:{kwargs.get('port')}"
        self._where += f"/{kwargs.get('db', 0)}"
        self.lock_timeout = lock_timeout
        self.retry_interval = retry_interval
        # At most max_connections Redis calls at once; callers beyond that queue here, not in the pool
        # (a full pool raises), and see an outage found meanwhile instead of each timing out on it.
        self._slots = asyncio.Semaphore(max_connections)
        self._memory = InMemoryTokenStore()  # a copy of what Redis holds, and the store while it is down
        self._local_locks: dict[str, asyncio.Lock] = {}
        self._waiting: dict[str, int] = {}  # per key: tasks in lock() not yet inside
        self._leases: dict[str, _Lease] = {}  # per key: a Redis lock held between two local holders
        self._down = False
        self._retry_at = 0.0

    def __repr__(self) -> str:
        state = "unreachable, in-process fallback" if self._down else "shared"
        return f"RedisTokenStore({self._where}, {state})"

    async def aclose(self) -> None:
        """Close the connection pool, if the store created it from a URL."""
        if self._owns_client:
            await self._redis.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ TokenStore

    async def get(self, key: str) -> Token | None:
        """The token under ``key`` in Redis (the in-process copy while Redis is unreachable)."""
        raw = await self._call(lambda r: r.get(key))
        if isinstance(raw, _Down):
            return await self._memory.get(key)
        token = _decode(raw) if raw is not None else None
        if raw is not None and token is None:
            log.debug("token store: ignored a value under a token key that is not a token")
        if token is None:
            await self._memory.delete(key)
        else:
            await self._memory.set(key, token)
        return token

    async def set(self, key: str, token: Token) -> None:
        """Store ``token`` for the fleet, expiring with it (a spent token is deleted instead)."""
        await self._memory.set(key, token)
        ttl = _ttl_ms(token, time.time())
        if ttl > 0:
            await self._call(lambda r: r.set(key, _encode(token), px=ttl))
        else:
            await self._call(lambda r: r.delete(key))

    async def delete(self, key: str) -> None:
        """Forget the token under ``key``, for the fleet and in this process."""
        await self._memory.delete(key)
        await self._call(lambda r: r.delete(key))

    @asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[None]:
        """Exclusive for ``key`` across the fleet.

        Tasks of this process queue on a local lock, so one per replica contends in Redis; while more
        are queued the Redis lock is handed from one to the next instead of released and re-taken
        (one acquisition per burst, not one per task), for at most half of ``lock_timeout``.
        """
        _require_asyncio()
        local = self._local_locks.get(key)
        if local is None:
            local = self._local_locks[key] = asyncio.Lock()
        self._waiting[key] = self._waiting.get(key, 0) + 1
        entered = False
        try:
            async with local:
                self._waiting[key] -= 1
                entered = True
                lease = self._leases.pop(key, None)
                if lease is not None and time.monotonic() - lease.acquired_at > self.lock_timeout / 2:
                    await self._release(lease)
                    lease = None
                if lease is None:
                    lease = await self._acquire(key)
                try:
                    yield
                finally:
                    if lease is not None and self._waiting[key] > 0:
                        self._leases[key] = lease  # the next queued task of this process goes on holding it
                    elif lease is not None:
                        await self._release(lease)
        finally:
            if not entered:
                self._waiting[key] -= 1
            if not self._waiting[key]:
                # A task handed the lock on gave up waiting (cancelled) and nobody else is queued.
                orphan = self._leases.pop(key, None) if not local.locked() else None
                if orphan is not None:
                    await self._release(orphan)

    async def _acquire(self, key: str) -> _Lease | None:
        """The Redis lock for ``key``, or None if Redis is down or it stayed taken past the wait bound."""
        lock = Lock(
            self._redis,
            f"{key}:lock",
            timeout=self.lock_timeout,
            sleep=_LOCK_POLL,
            # Long enough to outlast a crashed holder's lock; past that, go ahead without it (at worst
            # one more token request) rather than fail the caller.
            blocking_timeout=self.lock_timeout + 1.0,
            thread_local=False,
        )
        lease = _Lease(lock, uuid.uuid4().hex.encode(), time.monotonic())
        try:
            result = await self._call(lambda _: lock.acquire(token=lease.owner))
        except BaseException:
            # Cancelled while acquiring: the SET may have reached Redis, so release what may be ours.
            await self._release(lease)
            raise
        if result is False:
            log.debug("token store: lock still taken after %.0f s; going ahead without it", self.lock_timeout + 1.0)
        return lease if result is True else None

    # ------------------------------------------------------------------ Redis calls and the fallback

    async def _call(self, op: Callable[[Redis], Awaitable[T]]) -> T | _Down:
        """``op`` on Redis, or ``_DOWN`` if Redis is (known to be) unreachable."""
        _require_asyncio()
        async with self._slots:
            if not self._should_try():
                return _DOWN
            try:
                result = await op(self._redis)
            except _UNREACHABLE as exc:
                self._unreachable(exc)
                return _DOWN
        if self._down:
            self._down = False
            log.info("Redis token store at %s is reachable again: tokens are shared across the fleet", self._where)
        return result

    def _should_try(self) -> bool:
        """While Redis is down, one caller per ``retry_interval`` tries it; the rest use memory."""
        if not self._down:
            return True
        now = time.monotonic()
        if now < self._retry_at:
            return False
        self._retry_at = now + self.retry_interval
        return True

    def _unreachable(self, exc: BaseException) -> None:
        self._retry_at = time.monotonic() + self.retry_interval
        if not self._down:
            self._down = True
            log.warning(
                "Redis token store at %s is unreachable (%s): tokens are kept in this process and fetched at most "
                "once per process until Redis answers again (retried every %g s)",
                self._where,
                type(exc).__name__,
                self.retry_interval,
            )

    async def _release(self, lease: _Lease) -> None:
        """Release our lock even when cancelled (bounded); if Redis is down or it is gone, it expires."""
        # LockError: not ours any more (it expired, or the acquire never landed).
        with anyio.move_on_after(_RELEASE_BOUND, shield=True), suppress(LockError):
            await self._call(lambda _: lease.lock.do_release(lease.owner))
