"""Every platform error shape parses into a typed error that keeps status, code, body and trace id."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx2
import pytest

from candescent_async import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from candescent_async._errors import make_status_error, parse_retry_after


def _response(status: int, content: bytes, headers: dict[str, str] | None = None) -> httpx2.Response:
    return httpx2.Response(status, content=content, headers=headers, request=httpx2.Request("GET", "https://x/v1/a"))


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (b'{"code": "ACC_00005", "message": "Invalid $filter"}', "ACC_00005", "Invalid $filter"),
        (b'{"status": 404, "code": "UXU_40401", "message": "Customer not found"}', "UXU_40401", "Customer not found"),
        (
            b'{"code": "BBS-40095", "message": "Bad payment", "details": [{"field": "amount"}]}',
            "BBS-40095",
            "Bad payment",
        ),
        (b'{"userMessage": "List name already used"}', None, "List name already used"),
        (
            b"<Status xmlns='http://schema.intuit.com/fs/common/v2'><statusMessage>failed</statusMessage>"
            b"<errorInfo><errorType>USER_ERROR</errorType><errorCode>25099</errorCode>"
            b"<errorMessage>Customer not found</errorMessage></errorInfo></Status>",
            "25099",
            "Customer not found",
        ),
    ],
)
def test_every_error_shape_parses(body: bytes, code: str | None, message: str) -> None:
    error = make_status_error(_response(400, body), operation="op", trace_id="t-1")
    assert isinstance(error, BadRequestError)
    assert (error.code, error.message, error.trace_id, error.status_code) == (code, message, "t-1", 400)
    assert error.raw_body == body


def test_details_are_kept() -> None:
    error = make_status_error(_response(422, b'{"code": "X", "message": "m", "details": [{"field": "amount"}]}'))
    assert isinstance(error, UnprocessableEntityError)
    assert error.details == [{"field": "amount"}]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_status_selects_class(status: int, cls: type[APIStatusError]) -> None:
    error = make_status_error(_response(status, b'{"code": "C", "message": "m"}'))
    assert type(error) is cls


def test_gateway_quota_500_is_a_rate_limit() -> None:
    body = (
        b'{"fault": {"faultstring": "Rate limit quota violation",'
        b' "detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}}'
    )
    assert isinstance(make_status_error(_response(500, body)), RateLimitError)
    spike = b'{"fault": {"detail": {"errorcode": "policies.ratelimit.SpikeArrestViolation"}}}'
    assert isinstance(make_status_error(_response(500, spike)), RateLimitError)


def test_malformed_and_free_form_bodies_never_crash() -> None:
    for body in (b"{not json", b"<broken", b"", b"\xff\xfe", b'["list"]', b"plain text"):
        error = make_status_error(_response(502, body))
        assert error.status_code == 502
        assert error.raw_body == body


def test_retry_after_seconds_date_and_ms() -> None:
    now = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after(httpx2.Headers({"Retry-After": "7"}), now=now) == 7.0
    assert parse_retry_after(httpx2.Headers({"Retry-After": "Wed, 25 Nov 2026 12:00:30 GMT"}), now=now) == 30.0
    assert parse_retry_after(httpx2.Headers({"retry-after-ms": "1500"}), now=now) == 1.5
    assert parse_retry_after(httpx2.Headers({"Retry-After": "soon"}), now=now) is None
    assert parse_retry_after(httpx2.Headers({}), now=now) is None


def test_rate_limit_error_carries_retry_after() -> None:
    error = make_status_error(_response(429, b"{}", {"Retry-After": "3"}))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 3.0


def test_str_names_status_code_operation_and_trace() -> None:
    error = make_status_error(
        _response(404, b'{"code": "ACC_40401", "message": "No account"}'), operation="getAccountByIdV1", trace_id="abc"
    )
    assert str(error) == "HTTP 404 [ACC_40401] No account (operation getAccountByIdV1 trace id abc)"


def test_repr_shows_class_status_code_operation_and_trace_id() -> None:
    response = httpx2.Response(404, json={"code": "ACC_00005", "message": "Account not found"})
    error = make_status_error(response, operation="getAccountByIdV1", trace_id="t-1")
    assert repr(error) == (
        "NotFoundError('Account not found', status=404, code='ACC_00005', operation='getAccountByIdV1', trace_id='t-1')"
    )


def test_candescent_log_turns_debug_logging_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    from candescent_async._logs import setup_logging

    logger = logging.getLogger("candescent_async")
    before = (logger.level, list(logger.handlers))
    try:
        monkeypatch.delenv("CANDESCENT_LOG", raising=False)
        logger.setLevel(logging.NOTSET)
        setup_logging()
        assert logger.level == logging.NOTSET
        monkeypatch.setenv("CANDESCENT_LOG", "debug")
        setup_logging()
        assert logger.level == logging.DEBUG and logger.handlers
    finally:
        logger.setLevel(before[0])
        logger.handlers[:] = before[1]
