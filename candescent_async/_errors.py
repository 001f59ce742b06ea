"""The exception hierarchy, and parsing of the platform's five error-body shapes.

Every error that concerns a request carries the operation, the trace id sent with it and, for
status errors, the status, the platform error code, its message and the raw body. Messages never
contain credentials: they are built only from the platform's own code/message fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar

import httpx2

from . import _json
from ._xml import XMLError, parse_xml

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CandescentError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "GoneError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "UnreadableSuccessError",
    "ValidationError",
]

# The gateway's structured throttling codes (its quota and spike-arrest policies answer HTTP 500
# with these, not 429): Apigee's own fault codes, the V2 family's CMN_90002 and V1's 91000/92000.
# Throttling is recognised by code only, never by words in a message.
THROTTLE_CODES = frozenset(
    {
        "policies.ratelimit.QuotaViolation",
        "policies.ratelimit.SpikeArrestViolation",
        "CMN_90002",
        "91000",
        "92000",
    }
)
# CMN_90001 on a 500 is documented both as "quota limit violation" and as "internal error": a
# throttle on a read (retried either way), but on a state-changing call the outcome stays unknown.
AMBIGUOUS_THROTTLE_CODES = frozenset({"CMN_90001"})
_ANY_THROTTLE_CODE = THROTTLE_CODES | AMBIGUOUS_THROTTLE_CODES


class CandescentError(Exception):
    """Base class of every error this SDK raises."""


class ConfigurationError(CandescentError, ValueError):
    """The client was configured with missing or contradictory settings."""


class ClientClosedError(CandescentError, RuntimeError):
    """The client was used after ``close()`` (or its ``async with`` block ended)."""


class ValidationError(CandescentError, ValueError):
    """Input refused before anything was sent.

    ``rule`` names the platform rule mirrored (e.g. ``TFR_10007``) when there is one; ``field``
    names the offending argument.
    """

    def __init__(self, message: str, *, field: str | None = None, rule: str | None = None) -> None:
        prefix = f"[{rule}] " if rule else ""
        super().__init__(prefix + message)
        self.field = field
        self.rule = rule


class APIError(CandescentError):
    """A request was attempted; ``operation`` and ``trace_id`` identify it."""

    def __init__(self, message: str, *, operation: str | None = None, trace_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.operation = operation
        self.trace_id = trace_id

    def __repr__(self) -> str:
        # What a log line or a debugger needs at a glance; built only from non-secret fields.
        fields = {
            "status": getattr(self, "status_code", None),
            "code": getattr(self, "code", None),
            "operation": self.operation,
            "trace_id": self.trace_id,
        }
        shown = ", ".join(f"{k}={v!r}" for k, v in fields.items() if v is not None)
        return f"{type(self).__name__}({self.message!r}{', ' if shown else ''}{shown})"


class APIConnectionError(APIError):
    """The request failed at the network level (connect, read, write, protocol)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class OutcomeUnknownError(APIError):
    """A state-changing request failed after its bytes may have reached the server.

    It was NOT retried: retrying could move money or create state twice. Reconcile before trying
    again (look the object up, or list recent ones, by the ``trace_id`` sent). The underlying
    connection or status error is ``__cause__``; ``status_code`` is set when the server answered.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        trace_id: str | None = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message, operation=operation, trace_id=trace_id)
        self.status_code = status_code


class APIResponseValidationError(APIError):
    """A 2xx response whose body does not match the documented model (raw bytes kept)."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx2.Response,
        operation: str | None = None,
        trace_id: str | None = None,
    ) -> None:
        super().__init__(message, operation=operation, trace_id=trace_id)
        self.response = response
        self.status_code = response.status_code
        self.body: bytes = response.content


class UnreadableSuccessError(APIResponseValidationError):
    """The platform ACCEPTED a state-changing request (2xx), but its answer could not be read.

    The change took effect (a transfer exists, a payment was created): never re-send it. Look the
    result up by ``trace_id`` or list recent objects instead. ``status_code`` is the 2xx received,
    ``body`` whatever bytes arrived; the read or parse failure is ``__cause__``.
    """


class APIStatusError(APIError):
    """A non-2xx response. ``code`` is the platform's error code (``ACC_00005``, ``TXN_10001``...)."""

    status: ClassVar[int | None] = None

    def __init__(
        self,
        message: str,
        *,
        response: httpx2.Response,
        code: str | None,
        details: list[Any] | None = None,
        body: Any = None,
        operation: str | None = None,
        trace_id: str | None = None,
    ) -> None:
        super().__init__(message, operation=operation, trace_id=trace_id)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.details = details or []
        self.body = body
        self.raw_body: bytes = response.content

    def __str__(self) -> str:
        parts = [f"HTTP {self.status_code}"]
        if self.code:
            parts.append(f"[{self.code}]")
        parts.append(self.message)
        if self.operation:
            parts.append(f"(operation {self.operation}")
            parts.append(f"trace id {self.trace_id})" if self.trace_id else ")")
        return " ".join(parts)


class BadRequestError(APIStatusError):
    status = 400


class AuthenticationError(APIStatusError):
    status = 401


class PermissionDeniedError(APIStatusError):
    status = 403


class NotFoundError(APIStatusError):
    status = 404


class ConflictError(APIStatusError):
    status = 409


class GoneError(APIStatusError):
    status = 410


class UnprocessableEntityError(APIStatusError):
    status = 422


class RateLimitError(APIStatusError):
    """429, or the gateway's quota/spike-arrest rejection (sent as HTTP 500 with a throttle code).

    ``retry_after`` is the server's requested wait in seconds, when it sent one.
    """

    status = 429

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    status = 500


_BY_STATUS: dict[int, type[APIStatusError]] = {
    cls.status: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        GoneError,
        UnprocessableEntityError,
        RateLimitError,
    )
    if cls.status is not None
}


def parse_retry_after(headers: httpx2.Headers, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from ``retry-after-ms`` / ``Retry-After`` (seconds or an HTTP date)."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(float(ms) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


def _decode_body(response: httpx2.Response) -> Any:
    """The body as JSON, XML-as-dict or text; never raises."""
    content = response.content
    if not content:
        return None
    text = content.lstrip()[:1]
    if text in (b"{", b"["):
        try:
            return _json.loads(content)
        except ValueError:
            pass
    if text == b"<":
        try:
            return parse_xml(content)
        except XMLError:
            pass
    return response.content.decode("utf-8", "replace")


def _first(mapping: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if key in mapping and mapping[key] not in (None, ""):
            return mapping[key]
    return None


def error_fields(body: Any) -> tuple[str | None, str | None, list[Any]]:
    """(code, message, details) from any of the platform's error shapes.

    Shapes: ``{code, message}``; ``{status, code, message}``; ``{code, message, details[]}``;
    ``{userMessage}``; legacy XML ``Status{statusMessage, errorInfo[{errorCode, errorMessage}]}`` and
    ``ErrorResponse{code, message}`` (the legacy subscription services). MX passes free-form bodies
    through (kept in ``body``).
    """
    if not isinstance(body, Mapping):
        return None, (body.strip()[:500] if isinstance(body, str) and body.strip() else None), []
    if len(body) == 1:
        (only,) = body.values()
        if isinstance(only, Mapping) and {"errorInfo", "statusMessage", "code", "message"} & set(only):
            body = only  # an XML root element: <Status> or <ErrorResponse>
    fault = body.get("fault")
    if isinstance(fault, Mapping):  # the gateway's own {"fault": {"faultstring", "detail": {"errorcode"}}}
        detail = fault.get("detail")
        code = _first(detail, "errorcode") if isinstance(detail, Mapping) else None
        message = _first(fault, "faultstring")
        return (str(code) if code else None, str(message) if message else None, [])
    details = body.get("details")
    code = _first(body, "code", "errorCode", "error")
    message = _first(body, "message", "userMessage", "errorMessage", "statusMessage", "error_description")
    info = body.get("errorInfo")
    if info is not None:
        items = info if isinstance(info, list) else [info]
        first = items[0] if items and isinstance(items[0], Mapping) else {}
        code = code or _first(first, "errorCode")
        message = _first(first, "errorMessage") or message
        details = items
    return (
        str(code) if code is not None else None,
        str(message) if message is not None else None,
        list(details) if isinstance(details, list) else [],
    )


def make_status_error(
    response: httpx2.Response, *, operation: str | None = None, trace_id: str | None = None
) -> APIStatusError:
    """The typed error for a non-2xx response."""
    body = _decode_body(response)
    code, message, details = error_fields(body)
    status = response.status_code
    cls: type[APIStatusError]
    if status == 429 or (status >= 500 and code in _ANY_THROTTLE_CODE):
        cls = RateLimitError
    elif status >= 500:
        cls = InternalServerError
    else:
        cls = _BY_STATUS.get(status, APIStatusError)
    kwargs: dict[str, Any] = {
        "response": response,
        "code": code,
        "details": details,
        "body": body,
        "operation": operation,
        "trace_id": trace_id,
    }
    text = message or response.reason_phrase or "error"
    if cls is RateLimitError:
        return RateLimitError(text, retry_after=parse_retry_after(response.headers), **kwargs)
    return cls(text, **kwargs)
