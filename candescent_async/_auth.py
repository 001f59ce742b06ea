"""Token lifecycle: OAuth v2 (client credentials, password, refresh, revoke) and legacy v1.

Tokens live in a ``TokenStore`` (in memory by default) keyed by environment, client, institution
and grant, so clients that share a store share tokens. Fetching is single-flight twice over: in a
client, concurrent callers share one attempt and its outcome (a failure too); across clients, the
store's per-key lock is held while one fetches and the others re-read the store. Tokens are
refreshed ``skew`` seconds before they expire, the skew bounded by half the token's lifetime.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import math
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import Any, Literal, Protocol, runtime_checkable

import anyio
import httpx2

from . import _json
from ._constants import DEFAULT_REFRESH_TOKEN_LIFETIME, DEFAULT_TOKEN_LIFETIME, LOGGER_NAME
from ._errors import APIResponseValidationError, make_status_error
from ._xml import XMLError, parse_xml

__all__ = ["InMemoryTokenStore", "Token", "TokenKind", "TokenManager", "TokenStore"]

log = logging.getLogger(LOGGER_NAME)

TokenKind = Literal["v2", "v1"]
# send(method, path, headers, form, operation name) -> response; the transport implements it.
Sender = Callable[[str, str, dict[str, str], dict[str, str], str], Awaitable[httpx2.Response]]


@dataclass(frozen=True, slots=True)
class Token:
    """An access token (and, for password grants, its refresh token). Secrets never in repr."""

    kind: TokenKind
    access_token: str = field(repr=False)
    expires_at: float
    refresh_token: str | None = field(default=None, repr=False)
    refresh_expires_at: float | None = None
    grant: str = "client_credentials"
    extra: dict[str, str] = field(default_factory=dict, repr=False)
    issued_at: float | None = None

    def _bounded(self, skew: float, expires_at: float) -> float:
        """The refresh skew, at most half the lifetime (a short-lived token is still used for a while)."""
        if self.issued_at is None:
            return skew
        return min(skew, max(expires_at - self.issued_at, 0.0) / 2)

    def valid(self, *, skew: float, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        return now < self.expires_at - self._bounded(skew, self.expires_at)

    def refresh_valid(self, *, skew: float, now: float | None = None) -> bool:
        if not self.refresh_token or self.refresh_expires_at is None:
            return False
        now = time.time() if now is None else now
        return now < self.refresh_expires_at - self._bounded(skew, self.refresh_expires_at)


@runtime_checkable
class TokenStore(Protocol):
    """Where tokens are kept. Implement it over Redis, a database, ... to share tokens.

    ``lock(key)`` must be held by exactly one fetcher per key at a time: a process-local lock is
    enough for one process; a fleet needs a distributed lock (or accepts one fetch per process).
    """

    async def get(self, key: str) -> Token | None: ...

    async def set(self, key: str, token: Token) -> None: ...

    async def delete(self, key: str) -> None: ...

    def lock(self, key: str) -> AbstractAsyncContextManager[None]: ...


class InMemoryTokenStore:
    """The default store: a dict and one anyio lock per key (shareable between clients)."""

    def __init__(self) -> None:
        self._tokens: dict[str, Token] = {}
        self._locks: dict[str, anyio.Lock] = {}

    async def get(self, key: str) -> Token | None:
        return self._tokens.get(key)

    async def set(self, key: str, token: Token) -> None:
        self._tokens[key] = token

    async def delete(self, key: str) -> None:
        self._tokens.pop(key, None)

    @asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = anyio.Lock()
        async with lock:
            yield

    def __repr__(self) -> str:
        return f"InMemoryTokenStore(keys={len(self._tokens)})"


def _seconds(value: Any, default: float) -> float:
    """``expires_in`` arrives as a string ('1799'), a number, or not at all; 'inf' or 'nan' is not a lifetime."""
    try:
        seconds = float(str(value).strip())
    except (TypeError, ValueError):
        return default
    return seconds if math.isfinite(seconds) and seconds > 0 else default


class _Flight:
    """One in-process token fetch that concurrent callers wait on and share the outcome of."""

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.token: Token | None = None
        self.error: Exception | None = None


class TokenManager:
    """Obtains, caches, refreshes and revokes the client's tokens."""

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        institution_id: str | None,
        username: str | None,
        password: str | None,
        store: TokenStore,
        skew: float,
        scope_key: str,
    ) -> None:
        self._client_id = client_id
        self._client_secret = client_secret
        self._institution_id = institution_id
        self._username = username
        self._password = password
        self._store = store
        self.skew = skew
        grant = "password" if username and password else "client_credentials"
        self.grant = grant
        # Keys name no secret; the username is hashed so a shared store does not list users.
        user = hashlib.sha256(username.encode()).hexdigest()[:16] if username else "-"
        self._key_prefix = f"candescent:{scope_key}:{client_id}:{institution_id or '-'}:{grant}:{user}"
        self._keys: dict[TokenKind, str] = {kind: f"{self._key_prefix}:{kind}" for kind in ("v1", "v2")}
        # Only the latest token of each kind this manager obtained: what close() may revoke.
        self._issued: dict[TokenKind, Token] = {}
        self._flights: dict[TokenKind, _Flight] = {}

    def __repr__(self) -> str:
        return f"TokenManager(grant={self.grant!r}, institution_id={self._institution_id!r})"

    def _key(self, kind: TokenKind) -> str:
        return self._keys[kind]

    @property
    def basic_authorization(self) -> str:
        raw = f"{self._client_id}:{self._client_secret}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")

    def peek(self, kind: TokenKind) -> Token | None:
        """The valid token ``get`` would return at once, without awaiting, when the store is in memory
        (a shared store is always asked through ``get``: another process may have replaced the token)."""
        store = self._store
        if type(store) is not InMemoryTokenStore:
            return None
        token = store._tokens.get(self._keys[kind])
        return token if token is not None and token.valid(skew=self.skew) else None

    async def get(self, kind: TokenKind, send: Sender) -> Token:
        """A valid token of ``kind``, fetching at most once however many tasks ask at once.

        Callers that arrive while a fetch is in flight wait for it and share its outcome: its token,
        or its error (a wrong secret costs one request, not one per caller).
        """
        while True:
            token = await self._store.get(self._key(kind))
            if token is not None and token.valid(skew=self.skew):
                return token
            flight = self._flights.get(kind)
            if flight is None:
                return await self._lead(kind, send)
            await flight.done.wait()
            if flight.error is not None:
                raise flight.error
            if flight.token is not None:
                return flight.token
            # The fetching task was cancelled: nothing to share, so try again (perhaps as the leader).

    async def _lead(self, kind: TokenKind, send: Sender) -> Token:
        flight = self._flights[kind] = _Flight()
        try:
            key = self._key(kind)
            async with self._store.lock(key):
                token = await self._store.get(key)
                if token is None or not token.valid(skew=self.skew):
                    token = await self._fetch(kind, token, send)
                    await self._store.set(key, token)
                    self._issued[kind] = token
            flight.token = token
            return token
        except Exception as exc:
            flight.error = exc
            raise
        finally:
            del self._flights[kind]
            flight.done.set()

    async def invalidate(self, kind: TokenKind, rejected: Token) -> None:
        """Forget ``rejected`` (the server said 401), keeping its refresh token for the next grant."""
        key = self._key(kind)
        async with self._store.lock(key):
            current = await self._store.get(key)
            if current is not None and current.access_token == rejected.access_token:
                await self._store.set(key, replace(current, expires_at=0.0))

    async def _fetch(self, kind: TokenKind, previous: Token | None, send: Sender) -> Token:
        if kind == "v1":
            return await self._fetch_v1(send)
        if previous is not None and previous.refresh_valid(skew=self.skew):
            try:
                return await self._fetch_v2(
                    {"grant_type": "refresh_token", "refresh_token": previous.refresh_token or ""}, send
                )
            except Exception as exc:
                log.debug(
                    "refresh_token grant failed (%s); falling back to %s grant",
                    type(exc).__name__,
                    self.grant,
                )
        form = {"grant_type": self.grant}
        if self.grant == "password":
            form |= {"username": self._username or "", "password": self._password or ""}
        return await self._fetch_v2(form, send)

    def _token_headers(self, trace_header: str, extra: dict[str, str]) -> dict[str, str]:
        return {
            "Authorization": self.basic_authorization,
            trace_header: str(uuid.uuid4()),
            "Accept": "application/json" if trace_header == "transactionId" else "application/xml",
            **extra,
        }

    async def _fetch_v2(self, form: dict[str, str], send: Sender) -> Token:
        extra = {"institutionId": self._institution_id} if self._institution_id else {}
        headers = self._token_headers("transactionId", extra)
        response = await send("POST", "/oauth2/v1/token", headers, form, "createAccessTokenV2")
        trace_id = headers["transactionId"]
        if not response.is_success:
            raise make_status_error(response, operation="createAccessTokenV2", trace_id=trace_id)
        try:
            body = _json.loads(response.content)
            access = str(body["access_token"])
        except (ValueError, KeyError, TypeError):
            raise APIResponseValidationError(
                "token response is not JSON with an access_token",
                response=response,
                operation="createAccessTokenV2",
                trace_id=trace_id,
            ) from None
        now = time.time()
        refresh = body.get("refresh_token")
        return Token(
            kind="v2",
            access_token=access,
            expires_at=now + _seconds(body.get("expires_in"), DEFAULT_TOKEN_LIFETIME),
            refresh_token=str(refresh) if refresh else None,
            refresh_expires_at=(
                now + _seconds(body.get("refresh_token_expires_in"), DEFAULT_REFRESH_TOKEN_LIFETIME)
                if refresh
                else None
            ),
            grant=form["grant_type"],
            issued_at=now,
        )

    async def _fetch_v1(self, send: Sender) -> Token:
        form = {"grant_type": self.grant}
        if self.grant == "password":
            form |= {"username": self._username or "", "password": self._password or ""}
        extra = {"di_fiid": self._institution_id} if self._institution_id else {}
        headers = self._token_headers("di_tid", extra)
        response = await send("POST", "/v1/oauth/token", headers, form, "createAccessTokenV1")
        trace_id = headers["di_tid"]
        if not response.is_success:
            raise make_status_error(response, operation="createAccessTokenV1", trace_id=trace_id)
        try:
            parsed = parse_xml(response.content)
            body = next(iter(parsed.values()))
            access = str(body["access_token"])
        except (XMLError, KeyError, TypeError, StopIteration):
            raise APIResponseValidationError(
                "v1 token response is not a <token> with an access_token",
                response=response,
                operation="createAccessTokenV1",
                trace_id=trace_id,
            ) from None
        extra_fields = {
            k: str(v) for k, v in body.items() if k in ("di_fiid", "di_ficustomer", "di_member_number") and v
        }
        now = time.time()
        return Token(
            kind="v1",
            access_token=access,
            expires_at=now + _seconds(body.get("expires_in"), DEFAULT_TOKEN_LIFETIME),
            grant=self.grant,
            extra=extra_fields,
            issued_at=now,
        )

    async def revoke_all(self, send: Sender) -> None:
        """Best effort: revoke the tokens this manager obtained that are still the store's current ones.

        A token another holder replaced in a shared store is left alone (it expires on its own); the
        current one is removed from the store and revoked, access and refresh token both.
        """
        issued, self._issued = self._issued, {}
        for kind, token in issued.items():
            key = self._key(kind)
            async with self._store.lock(key):
                current = await self._store.get(key)
                if current is None or current.access_token != token.access_token:
                    continue
                await self._store.delete(key)
            if kind != "v2":
                continue  # legacy v1 tokens have no revoke endpoint; they expire on their own
            for value in (token.access_token, token.refresh_token):
                if not value:
                    continue
                headers = {"Authorization": self.basic_authorization, "transactionId": str(uuid.uuid4())}
                try:
                    await send("DELETE", "/oauth2/v1/revoke", headers, {"token": value}, "revokeAccessTokenV2")
                except Exception as exc:
                    log.debug("token revoke failed: %s", type(exc).__name__)
