"""The one transport layer: every cross-cutting rule of a request lives here, once.

For each call: validate the URL and user context, add the operation's trace header and token,
convert XML operations, send with a timeout, retry only what the registry marks safe (with
backoff, jitter and Retry-After), refresh the token and replay once on a 401, log one DEBUG line
per attempt (never a secret), and map every non-2xx to a typed error.
"""

from __future__ import annotations

import copy
import logging
import math
import random
import string
import time
import uuid
from collections.abc import AsyncIterable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol, TypeVar
from urllib.parse import quote_plus, unquote, urlsplit

import anyio
import httpx2

from . import _json
from ._auth import Token, TokenKind, TokenManager
from ._constants import (
    INITIAL_RETRY_DELAY,
    LOGGER_NAME,
    MAX_RESPONSE_BYTES,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRYABLE_STATUSES,
)
from ._errors import (
    THROTTLE_CODES,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    OutcomeUnknownError,
    RateLimitError,
    UnreadableSuccessError,
    ValidationError,
    make_status_error,
    parse_retry_after,
)
from ._registry import Operation, get_operation
from ._response import APIResponse
from ._version import __version__
from ._xml import XMLError, parse_xml, to_xml, typed_leaves

__all__ = ["Direct", "Outgoing", "Transport", "UserContext", "ViaTransport"]

log = logging.getLogger(LOGGER_NAME)
T = TypeVar("T")

# Errors raised before any byte of the request left this process: always safe to retry.
_NOT_SENT = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout)
_USER_AGENT = f"candescent-async/{__version__}"
_BODY_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding", "content-type"})


@dataclass(frozen=True, slots=True)
class UserContext:
    """Defaults for the platform's user-context parameters (hostUserId xor loginId)."""

    host_user_id: str | None = None
    login_id: str | None = None
    institution_customer_id: str | None = None


class Outgoing(NamedTuple):
    """A request for the client's own pool as plain values, before any httpx2.Request: the stack builds
    what it needs from them (the aiohttp stack builds none, unless ``response.request`` is asked for)."""

    method: str
    url: str  # absolute; path and query already percent-encoded
    headers: list[tuple[str, str]]
    content: bytes | None

    def to_request(self) -> httpx2.Request:
        """The httpx2.Request ``AsyncClient.build_request`` would have made of these values."""
        return httpx2.Request(self.method, self.url, headers=self.headers, content=self.content)


class Direct(Protocol):
    """The client's own pool, sent to without httpx2.AsyncClient's per-request machinery (auth flows,
    redirects, hooks, mounts); the transport layer adds what the client would: default headers, cookies."""

    async def send(self, outgoing: Outgoing, timeout: dict[str, float | None] | None) -> httpx2.Response: ...


class ViaTransport:
    """``Direct`` over an httpx2 transport (httpcore2's pool): the httpx2.Request is built here."""

    def __init__(self, transport: httpx2.AsyncBaseTransport) -> None:
        self.transport = transport

    async def send(self, outgoing: Outgoing, timeout: dict[str, float | None] | None) -> httpx2.Response:
        request = outgoing.to_request()
        if timeout:
            request.extensions["timeout"] = timeout
        response = await self.transport.handle_async_request(request)
        response.request = request
        return response


_UNRESERVED = string.ascii_letters + string.digits + "_.-~"


def _quoted(text: str) -> str:
    """``quote_plus(text)``, returning text made of unreserved characters only (ids, flags) as it is."""
    return quote_plus(text) if text.rstrip(_UNRESERVED) else text


def _query(params: Mapping[str, Any]) -> str:
    """``str(httpx2.QueryParams(params))`` without building the object: booleans as true/false, None as
    empty, a list or tuple as one item per value (tests/test_stacks.py checks it matches httpx2)."""
    pairs: list[str] = []
    for key, value in params.items():
        name = _quoted(str(key))
        for one in value if isinstance(value, list | tuple) else (value,):
            text = "true" if one is True else "false" if one is False else "" if one is None else str(one)
            pairs.append(f"{name}={_quoted(text)}")
    return "&".join(pairs)


def _token_rejected(op: Operation, error: APIStatusError) -> bool:
    """A 401, or this operation's own 400 that means the same: the token was refused, nothing was done."""
    return error.status_code == 401 or (error.status_code == 400 and error.code in op.token_refused)


def _rejected_unprocessed(error: APIStatusError) -> bool:
    """The gateway refused the call before any backend saw it: a 429 or a structured throttle code."""
    return error.status_code == 429 or error.code in THROTTLE_CODES


def _as_timeout(timeout: float | httpx2.Timeout | None) -> httpx2.Timeout | None:
    """A per-call ``timeout=``: seconds (connect capped at 5 s) or an ``httpx2.Timeout`` as given."""
    if timeout is None or isinstance(timeout, httpx2.Timeout):
        return timeout
    return httpx2.Timeout(timeout, connect=min(float(timeout), 5.0))


def _longest(timeout: httpx2.Timeout | None) -> float:
    """The longest phase of a timeout, as the bound on waiting for something before sending."""
    phases = (
        [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None] if timeout else []
    )
    return max(phases) if phases else math.inf


def _backoff(attempt: int) -> float:
    """Exponential backoff with jitter: 0.5 s, 1 s, 2 s ... capped at 8 s, times (0.75, 1]."""
    delay: float = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def _head_only(streamed: httpx2.Response) -> httpx2.Response:
    """Status and headers of a response whose body was not (fully) read, for the error users receive."""
    return httpx2.Response(streamed.status_code, headers=streamed.headers, request=streamed.request)


class _BodyTooLarge(Exception):
    def __init__(self, streamed: httpx2.Response) -> None:
        self.response = _head_only(streamed)


class _BodyUnreadable(APIConnectionError):
    """The status line and headers arrived but the body could not be read or decoded.

    Raised as an ``APIConnectionError`` (what it is, for a read); the transport turns it into
    ``UnreadableSuccessError`` when the status was a 2xx on a state-changing operation.
    """

    def __init__(self, message: str, *, response: httpx2.Response, operation: str, trace_id: str) -> None:
        super().__init__(message, operation=operation, trace_id=trace_id)
        self.response = response


async def _read_capped(response: httpx2.Response, limit: int) -> None:
    """Read the (decoded) body into ``response``, refusing more than ``limit`` bytes."""
    headers = response.headers
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _BodyTooLarge(response)
    stream = response.stream
    body: AsyncIterable[bytes]
    if "content-encoding" not in headers and isinstance(stream, httpx2.AsyncByteStream):
        # Nothing to decode: the transport's stream is the body (without httpx2's decoder and chunker layers).
        response.is_stream_consumed = True
        body = stream
    else:
        body = response.aiter_bytes()
    chunks, size = [], 0
    async for chunk in body:
        size += len(chunk)
        if size > limit:
            raise _BodyTooLarge(response)
        chunks.append(chunk)
    # What Response.aread() stores; set here to bound memory.
    response._content = b"".join(chunks)
    response._num_bytes_downloaded = size


class Transport:
    """Sends generated requests for the facade. One instance per CandescentClient."""

    def __init__(
        self,
        *,
        base_url: str,
        http: Callable[[], httpx2.AsyncClient],
        tokens: TokenManager | None,
        direct: Callable[[], Direct | None] = lambda: None,
        user: UserContext,
        max_retries: int,
        timeout: httpx2.Timeout | None,
        default_headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], Any] = anyio.sleep,
    ) -> None:
        self.base_url = base_url
        # The base as it goes on the wire (IDNA host, percent-encoded path), so URLs built from it need no parsing.
        self._wire_base = str(httpx2.URL(base_url)).rstrip("/")
        self._http = http
        self._direct = direct
        self.tokens = tokens
        self.user = user
        self.max_retries = max_retries
        self.timeout = timeout
        self._default_headers = dict(default_headers or {})
        self._sleep = sleep
        self.max_response_bytes = MAX_RESPONSE_BYTES

    def evolve(
        self,
        *,
        user: UserContext | None = None,
        timeout: httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Transport:
        """A transport for a view: the same pool, token manager and sleep, other per-call defaults."""
        view = copy.copy(self)
        if user is not None:
            view.user = user
        if timeout is not None:
            view.timeout = timeout
        if max_retries is not None:
            view.max_retries = max_retries
        if extra_headers:
            view._default_headers = {**self._default_headers, **extra_headers}
        return view

    # ------------------------------------------------------------------ public entry points

    async def invoke(
        self,
        category: str,
        name: str,
        request: dict[str, Any],
        parse: Callable[[httpx2.Response], T],
        *,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[T]:
        """Send one operation's request (from the generated ``_get_kwargs``) and parse its 2xx body."""
        op = get_operation(category, name)
        trace = trace_id or str(uuid.uuid4())
        prepared = self._prepare(op, request, trace, extra_headers)
        response, retries = await self._send_with_retries(op, prepared, trace, timeout, max_retries)
        return APIResponse(self._parse(op, response, parse, trace), response, trace, retries)

    async def send_auth(
        self,
        method: str,
        path: str,
        headers: dict[str, str],
        form: dict[str, str],
        name: str,
        *,
        timeout: httpx2.Timeout | None = None,
    ) -> httpx2.Response:
        """Send a token or revoke request (form body, client Basic auth).

        Grants and revokes create nothing a second attempt could duplicate, so connection errors,
        429 and 5xx are retried with the client's backoff and budget, whatever the operation.
        """
        trace = headers.get("transactionId") or headers.get("di_tid") or ""
        attempt = 0
        while True:
            request = self._http().build_request(
                method,
                self.base_url + path,
                content=str(httpx2.QueryParams(form)).encode(),
                headers={
                    **headers,
                    "Content-Type": "application/x-www-form-urlencoded",
                    "User-Agent": _USER_AGENT,
                },
            )
            try:
                response = await self._send_once(request, name, trace, attempt=attempt, timeout=timeout)
            except APIConnectionError as exc:
                if attempt >= self.max_retries:
                    raise
                reason, delay = type(exc.__cause__ or exc).__name__, _backoff(attempt)
            else:
                if response.status_code not in RETRYABLE_STATUSES or attempt >= self.max_retries:
                    return response
                retry_after = parse_retry_after(response.headers)
                if retry_after is not None and retry_after > MAX_RETRY_AFTER:
                    return response
                reason, delay = f"HTTP {response.status_code}", retry_after or _backoff(attempt)
            await self._sleep(self._log_retry(name, trace, attempt, reason, delay))
            attempt += 1

    # ------------------------------------------------------------------ request preparation

    def _prepare(
        self, op: Operation, request: dict[str, Any], trace: str, extra_headers: Mapping[str, str] | None
    ) -> dict[str, Any]:
        url: str = request["url"]
        op.check_url(url)
        params = dict(request.get("params") or {})
        headers: dict[str, str] = {str(k): str(v) for k, v in (request.get("headers") or {}).items()}
        self._apply_user_context(op, params, headers)
        headers.update(self._default_headers)
        headers.setdefault("User-Agent", _USER_AGENT)
        headers[op.trace_header] = trace
        prepared: dict[str, Any] = {"method": op.method, "url": self._wire_base + url, "params": params}
        for key in ("content", "data", "files"):
            if key in request:
                prepared[key] = request[key]
        if op.wire_format == "xml":
            headers.setdefault("Accept", "application/xml")
            if "content" in request:  # a JSON body from the generated code: the platform wants XML
                root = str((op.xml or {}).get("request_root") or "request")
                prepared["content"] = to_xml(root, _json.loads(request["content"]))
                headers["Content-Type"] = "application/xml"
        else:
            headers.setdefault("Accept", "application/json")
        if extra_headers:
            headers.update(extra_headers)
        prepared["headers"] = headers
        return prepared

    def _apply_user_context(self, op: Operation, params: dict[str, Any], headers: dict[str, str]) -> None:
        """Fill hostUserId/loginId/institutionCustomerId from the client defaults; refuse both ids."""
        if not op.context_params:
            return
        locations = {"query": params, "header": headers}

        def present(name: str) -> bool:
            where = op.context_params.get(name)
            return where is not None and locations.get(where, {}).get(name) not in (None, "")

        if present("hostUserId") and present("loginId"):
            raise ValidationError("pass hostUserId or loginId, not both", field="host_user_id")
        if not present("hostUserId") and not present("loginId"):
            for name, value in (("hostUserId", self.user.host_user_id), ("loginId", self.user.login_id)):
                where = op.context_params.get(name)
                if value and where in locations:
                    locations[where][name] = value
                    break
        if not present("institutionCustomerId") and self.user.institution_customer_id:
            where = op.context_params.get("institutionCustomerId")
            if where in locations:
                locations[where]["institutionCustomerId"] = self.user.institution_customer_id
        needs_user = (
            op.user_context == "required" and self.tokens is not None and self.tokens.grant == "client_credentials"
        )
        if needs_user and not present("hostUserId") and not present("loginId"):
            raise ValidationError(
                f"{op.operation_id} needs a user: pass host_user_id or login_id (or set a default on the client)",
                field="host_user_id",
            )

    def _build(self, prepared: dict[str, Any], headers: dict[str, str]) -> httpx2.Request | Outgoing:
        """What to send: an httpx2.Request through the client (an injected client, a form or multipart
        body), else an ``Outgoing`` for the own pool with what ``AsyncClient.build_request`` would add (the
        client's default headers under ours, its cookies)."""
        client = self._http()
        if self._direct() is None or "data" in prepared or "files" in prepared:
            return client.build_request(**{**prepared, "headers": headers})
        params = prepared["params"]
        url = f"{prepared['url']}?{_query(params)}" if params else prepared["url"]
        # What Headers.update does (ours replace the client's defaults whatever their case), in one pass.
        ours = {k.lower() for k in headers}
        merged = [(k, v) for k, v in client.headers.multi_items() if k.lower() not in ours]
        merged.extend(headers.items())
        if client.cookies and "cookie" not in ours:  # the jar decides which cookies go to this URL
            probe = httpx2.Request(prepared["method"], url)
            client.cookies.set_cookie_header(probe)
            if "cookie" in probe.headers:
                merged.append(("Cookie", probe.headers["cookie"]))
        return Outgoing(prepared["method"], url, merged, prepared.get("content"))

    # ------------------------------------------------------------------ sending

    async def _authorize(self, op: Operation, headers: dict[str, str], timeout: httpx2.Timeout | None) -> Token | None:
        if op.token == "none":
            return None
        if self.tokens is None:
            raise ConfigurationError(f"{op.operation_id} needs credentials: configure client_id and client_secret")
        if op.token == "client-basic":
            headers["Authorization"] = self.tokens.basic_authorization
            return None
        kind: TokenKind = "v1" if op.token == "v1" else "v2"
        cached = self.tokens.peek(kind)
        if cached is not None:  # a valid token at hand: nothing to wait for, so no deadline to set up
            headers["Authorization"] = f"Bearer {cached.access_token}"
            return cached

        async def send(
            method: str, path: str, hdrs: dict[str, str], form: dict[str, str], name: str
        ) -> httpx2.Response:
            return await self.send_auth(method, path, hdrs, form, name, timeout=timeout)

        # The call's timeout also bounds the wait for a token another task is fetching.
        limit = _longest(timeout or self.timeout)
        try:
            with anyio.fail_after(limit):
                token = await self.tokens.get(kind, send)
        except TimeoutError:
            raise APITimeoutError(
                f"{op.operation_id} timed out after {limit:g} s waiting for an access token",
                operation=op.operation_id,
            ) from None
        headers["Authorization"] = f"Bearer {token.access_token}"
        return token

    async def _send_with_retries(
        self,
        op: Operation,
        prepared: dict[str, Any],
        trace: str,
        timeout: float | httpx2.Timeout | None,
        max_retries: int | None,
    ) -> tuple[httpx2.Response, int]:
        budget = self.max_retries if max_retries is None else max_retries
        call_timeout = _as_timeout(timeout)
        attempt = 0
        replayed_refused_token = False
        while True:
            headers = dict(prepared["headers"])
            token = await self._authorize(op, headers, call_timeout)
            request = self._build(prepared, headers)
            try:
                response = await self._send_once(request, op.operation_id, trace, attempt=attempt, timeout=call_timeout)
            except APIResponseValidationError as exc:  # a body over the size cap
                if exc.response.is_success and not op.retry_safe:
                    raise self._accepted_unreadable(op, exc.response, trace, "body over the size cap") from exc
                raise
            except _BodyUnreadable as exc:
                if exc.response.is_success and not op.retry_safe:
                    raise self._accepted_unreadable(op, exc.response, trace, str(exc)) from exc
                if not op.retry_safe:
                    raise self._outcome_unknown(op, trace, type(exc.__cause__).__name__) from exc
                if attempt >= budget:
                    raise
                await self._sleep(
                    self._log_retry(op.operation_id, trace, attempt, "unreadable body", _backoff(attempt))
                )
                attempt += 1
                continue
            except APIConnectionError as exc:
                if isinstance(exc, _BodyUnreadable) and exc.response.is_success and not op.retry_safe:
                    raise self._accepted_unreadable(op, exc.response, trace, str(exc)) from exc
                sent = not isinstance(exc.__cause__, _NOT_SENT)  # a body that could not be read was sent
                if sent and not op.retry_safe:
                    raise self._outcome_unknown(op, trace, type(exc.__cause__ or exc).__name__) from exc
                if attempt >= budget:
                    raise
                await self._sleep(
                    self._log_retry(op.operation_id, trace, attempt, type(exc.__cause__).__name__, _backoff(attempt))
                )
                attempt += 1
                continue

            if response.is_success:
                return response, attempt
            error = make_status_error(response, operation=op.operation_id, trace_id=trace)
            if token is not None and self.tokens is not None and _token_rejected(op, error):
                # The token was refused, so nothing was processed. Fetch a fresh one either way; replay
                # once on a 401 (the gateway's refusal), or on a service's 400 only for a safe operation.
                await self.tokens.invalidate(token.kind, token)
                if not replayed_refused_token and (error.status_code == 401 or op.retry_safe):
                    replayed_refused_token = True
                    continue
                raise error
            delay = self._retry_delay(op, error, attempt, budget)
            if delay is None:
                if (
                    not op.retry_safe
                    and (error.status_code == 408 or error.status_code >= 500)
                    and not _rejected_unprocessed(error)
                ):
                    raise self._outcome_unknown(
                        op, trace, f"HTTP {error.status_code} [{error.code or '-'}] {error.message}", error
                    ) from error
                raise error
            await self._sleep(self._log_retry(op.operation_id, trace, attempt, f"HTTP {error.status_code}", delay))
            attempt += 1

    @staticmethod
    def _outcome_unknown(
        op: Operation, trace: str, what: str, error: APIStatusError | None = None
    ) -> OutcomeUnknownError:
        status = error.status_code if error is not None else None
        log.warning(
            "%s: outcome unknown after %s (trace id %s); not retried, reconcile before trying again",
            op.operation_id,
            what if error is None else f"HTTP {status}",
            trace,
        )
        return OutcomeUnknownError(
            f"{op.operation_id} failed after its request may have reached the server ({what}); it was NOT "
            f"retried. Check whether it took effect (trace id {trace}) before trying again.",
            operation=op.operation_id,
            trace_id=trace,
            status_code=status,
        )

    @staticmethod
    def _accepted_unreadable(op: Operation, response: httpx2.Response, trace: str, why: str) -> UnreadableSuccessError:
        log.warning(
            "%s: accepted with HTTP %d but the answer was unreadable (trace id %s); do not re-send",
            op.operation_id,
            response.status_code,
            trace,
        )
        return UnreadableSuccessError(
            f"{op.operation_id} was ACCEPTED by the platform (HTTP {response.status_code}, trace id {trace}) but its "
            f"answer could not be read ({why}). The change took effect: do NOT re-send it; look it up instead.",
            response=response,
            operation=op.operation_id,
            trace_id=trace,
        )

    @staticmethod
    def _log_retry(name: str, trace: str, attempt: int, reason: str, delay: float) -> float:
        """Log why and how long before a retry (DEBUG); returns the delay, for the sleep it precedes."""
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s: retrying after %s in %.2f s (retry %d, trace id %s)",
                name,
                reason,
                delay,
                attempt + 1,
                trace,
            )
        return delay

    def _retry_delay(self, op: Operation, error: APIStatusError, attempt: int, budget: int) -> float | None:
        """Seconds to wait before retrying, or None when the error must be raised."""
        if not op.retry_safe or attempt >= budget:
            return None
        if error.status_code not in RETRYABLE_STATUSES and not isinstance(error, RateLimitError):
            return None
        retry_after = parse_retry_after(error.response.headers)
        if retry_after is not None:
            return retry_after if retry_after <= MAX_RETRY_AFTER else None
        return _backoff(attempt)

    async def _send_once(
        self,
        request: httpx2.Request | Outgoing,
        name: str,
        trace: str,
        *,
        attempt: int,
        timeout: httpx2.Timeout | None,
    ) -> httpx2.Response:
        effective = timeout or self.timeout
        phases = effective.as_dict() if effective is not None else None
        started = time.perf_counter()
        client = self._http()
        try:
            if isinstance(request, httpx2.Request):
                if phases is not None:
                    request.extensions["timeout"] = phases
                response = await client.send(request, stream=True)
            else:  # the own pool: what AsyncClient.send adds here is the cookie jar
                direct = self._direct()
                assert direct is not None, "an Outgoing is built only for the own pool"
                response = await direct.send(request, phases)
                if "set-cookie" in response.headers:
                    client.cookies.extract_cookies(response)
        except Exception as exc:
            self._log(request, None, started, attempt, trace, type(exc).__name__)
            if isinstance(exc, httpx2.TimeoutException):
                raise APITimeoutError(
                    f"{name} timed out ({type(exc).__name__})", operation=name, trace_id=trace
                ) from exc
            raise APIConnectionError(
                f"{name} failed to connect or was cut off ({type(exc).__name__})", operation=name, trace_id=trace
            ) from exc
        try:
            try:
                await _read_capped(response, self.max_response_bytes)
            finally:
                await response.aclose()
        except _BodyTooLarge as exc:
            self._log(request, None, started, attempt, trace, "body too large")
            raise APIResponseValidationError(
                f"{name} answered HTTP {exc.response.status_code} with a body over {self.max_response_bytes} bytes; "
                "it was not read",
                response=exc.response,
                operation=name,
                trace_id=trace,
            ) from None
        except Exception as exc:
            # Status and headers arrived; the body was cut off, timed out or could not be decoded.
            self._log(request, response, started, attempt, trace, type(exc).__name__)
            raise _BodyUnreadable(
                f"{name} answered HTTP {response.status_code} but its body could not be read ({type(exc).__name__})",
                response=_head_only(response),
                operation=name,
                trace_id=trace,
            ) from exc
        self._log(request, response, started, attempt, trace, None)
        return response

    @staticmethod
    def _log(
        request: httpx2.Request | Outgoing,
        response: httpx2.Response | None,
        started: float,
        attempt: int,
        trace: str,
        failure: str | None,
    ) -> None:
        if not log.isEnabledFor(logging.DEBUG):
            return
        # Path only: the query can carry user ids, and headers carry credentials.
        path = request.url.path if isinstance(request, httpx2.Request) else unquote(urlsplit(request.url).path)
        log.debug(
            "%s %s -> %s in %.1f ms (attempt %d, trace id %s)",
            request.method,
            path,
            response.status_code if response is not None else failure,
            (time.perf_counter() - started) * 1000,
            attempt + 1,
            trace,
        )

    # ------------------------------------------------------------------ parsing

    def _parse(self, op: Operation, response: httpx2.Response, parse: Callable[[httpx2.Response], T], trace: str) -> T:
        failure = UnreadableSuccessError if not op.retry_safe else APIResponseValidationError
        source = response
        if op.wire_format == "xml" and response.content and response.content.lstrip()[:1] == b"<":
            try:
                document = parse_xml(response.content, lists=(op.xml or {}).get("lists", ()))
            except XMLError as exc:
                if failure is UnreadableSuccessError:
                    raise self._accepted_unreadable(op, response, trace, f"malformed XML: {exc}") from None
                raise APIResponseValidationError(
                    f"{op.operation_id} returned malformed XML: {exc}",
                    response=response,
                    operation=op.operation_id,
                    trace_id=trace,
                ) from None
            body = next(iter(document.values())) if len(document) == 1 else document
            body = typed_leaves(body, (op.xml or {}).get("typed"))
            # The converted body is plain JSON: the wire's encoding and length headers no longer apply.
            headers = {k: v for k, v in response.headers.items() if k.lower() not in _BODY_HEADERS}
            headers["content-type"] = "application/json"
            source = httpx2.Response(response.status_code, content=_json.dumps(body or {}), headers=headers)
        try:
            return parse(source)
        except Exception as exc:
            why = f"{type(exc).__name__}: {str(exc)[:200]}"
            if failure is UnreadableSuccessError:
                raise self._accepted_unreadable(op, response, trace, why) from exc
            raise APIResponseValidationError(
                f"{op.operation_id} returned a body that does not match its documented model ({why})",
                response=response,
                operation=op.operation_id,
                trace_id=trace,
            ) from exc
