"""The facade core against a scripted platform: headers, tokens, retries, errors, secrets."""

from __future__ import annotations

import logging
import time
import uuid
from decimal import Decimal
from typing import Any

import anyio
import httpx2
import pytest

from candescent_async import (
    APIConnectionError,
    APIResponseValidationError,
    AuthenticationError,
    BadRequestError,
    CandescentClient,
    ConfigurationError,
    InMemoryTokenStore,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitError,
    UnreadableSuccessError,
    ValidationError,
)
from candescent_async._errors import make_status_error
from candescent_async.types.customer_management import ContactInfo
from candescent_async.types.money_movement import Money, Transfer

from ._fake import BASE_URL, CLIENT_SECRET, PASSWORD, FakePlatform, json_response, make_client

pytestmark = pytest.mark.anyio

RECIPIENTS = "/v1/recipients"
TRANSFERS = "/v1/transfers"
RECIPIENT_LIST = {"recipients": [{"id": "r-1", "nickName": "Mom", "passCode": "pc-secret"}]}


def ok(body: Any = RECIPIENT_LIST) -> Any:
    return lambda request: json_response(200, body)


def status(code: int, body: Any | None = None, headers: dict[str, str] | None = None) -> Any:
    return lambda request: json_response(code, body or {"code": f"CMN_{code}", "message": "nope"}, headers)


def raises(exc: type[Exception]) -> Any:
    def responder(request: httpx2.Request) -> httpx2.Response:
        raise exc("injected", request=request)  # type: ignore[call-arg]

    return responder


def transfer() -> Transfer:
    return Transfer(
        from_account_id="a-1", to_account_id="a-2", amount=Money(amount=Decimal("10.10"), currency_code="USD")
    )


# ---------------------------------------------------------------- calls, headers, parsing


async def test_call_returns_typed_model_with_required_headers() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, ok())
    async with make_client(platform, host_user_id="HU-1") as cd:
        result = await cd.money_movement.list_recipients_v1()
    assert [r.nick_name for r in result.recipients] == ["Mom"]
    request = platform.calls("GET", RECIPIENTS)[0]
    uuid.UUID(request.headers["transactionId"])
    assert request.headers["Authorization"].startswith("Bearer tok-")
    assert request.url.params["hostUserId"] == "HU-1"
    assert "correlationId" not in request.headers and "di_tid" not in request.headers
    assert request.headers["User-Agent"].startswith("candescent-async/")


async def test_trace_id_override_and_raw_response() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, ok())
    async with make_client(platform, login_id="jdoe") as cd:
        raw = await cd.money_movement.with_raw_response.list_recipients_v1(
            trace_id="11111111-1111-4111-8111-111111111111"
        )
    assert raw.trace_id == "11111111-1111-4111-8111-111111111111"
    assert raw.status_code == 200 and raw.retries_taken == 0
    assert raw.parsed.recipients[0].id == "r-1"
    assert platform.calls("GET", RECIPIENTS)[0].url.params["loginId"] == "jdoe"


async def test_decimal_amount_sent_exactly_and_parsed_back() -> None:
    platform = FakePlatform()
    platform.on(
        "POST", TRANSFERS, lambda r: httpx2.Response(200, content=r.content.replace(b"}", b',"status":"SUCCESS"}', 1))
    )
    async with make_client(platform, host_user_id="HU-1") as cd:
        result = await cd.money_movement.create_transfer_v1(body=transfer())
    sent = platform.calls("POST", TRANSFERS)[0].content
    assert b'"amount":10.10' in sent
    assert isinstance(result.amount, Money) and result.amount.amount == Decimal("10.10")


async def test_both_user_ids_is_a_validation_error_before_sending() -> None:
    platform = FakePlatform()
    async with make_client(platform) as cd:
        with pytest.raises(ValidationError, match="not both"):
            await cd.money_movement.list_recipients_v1(host_user_id="a", login_id="b")
    assert platform.requests == []


async def test_missing_user_context_for_client_credentials_is_refused() -> None:
    platform = FakePlatform()
    async with make_client(platform) as cd:
        with pytest.raises(ValidationError, match="needs a user"):
            await cd.money_movement.list_recipients_v1()
    assert platform.requests == []


@pytest.mark.parametrize("bad_id", ["../accounts", "a/b", "..", ".", ""])
async def test_ids_cannot_escape_their_path(bad_id: str) -> None:
    platform = FakePlatform()
    async with make_client(platform, host_user_id="HU-1") as cd:
        with pytest.raises(ValidationError):
            await cd.money_movement.get_recipient_v1(bad_id)
    assert platform.requests == []


async def test_malformed_success_body_is_a_typed_error_keeping_bytes() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, lambda r: httpx2.Response(200, content=b'{"recipients": [{"id": '))
    async with make_client(platform, host_user_id="HU-1") as cd:
        with pytest.raises(APIResponseValidationError) as info:
            await cd.money_movement.list_recipients_v1()
    assert info.value.body == b'{"recipients": [{"id": '
    assert info.value.trace_id == platform.calls("GET", RECIPIENTS)[0].headers["transactionId"]


async def test_unknown_fields_and_enum_values_are_tolerated() -> None:
    body = {"recipients": [{"id": "r-1", "accountType": "SPACESHIP", "brandNew": {"x": 1}}]}
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, ok(body))
    async with make_client(platform, host_user_id="HU-1") as cd:
        result = await cd.money_movement.list_recipients_v1()
    recipient = result.recipients[0]
    assert recipient.account_type == "SPACESHIP"
    assert recipient.additional_properties == {"brandNew": {"x": 1}}


async def test_not_found_keeps_code_status_and_trace_id() -> None:
    platform = FakePlatform()
    platform.on("GET", f"{RECIPIENTS}/r-9", status(404, {"code": "REC_14004", "message": "Recipient not found"}))
    async with make_client(platform, host_user_id="HU-1") as cd:
        with pytest.raises(NotFoundError) as info:
            await cd.money_movement.get_recipient_v1("r-9")
    error = info.value
    assert (error.status_code, error.code, error.message) == (404, "REC_14004", "Recipient not found")
    assert error.trace_id == platform.calls("GET", f"{RECIPIENTS}/r-9")[0].headers["transactionId"]


# ---------------------------------------------------------------- tokens


async def test_two_hundred_concurrent_calls_make_one_token_request() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, ok())
    async with make_client(platform, host_user_id="HU-1") as cd, anyio.create_task_group() as tg:
        for _ in range(200):
            tg.start_soon(cd.money_movement.list_recipients_v1)
    assert len(platform.token_requests) == 1
    assert len(platform.calls("GET", RECIPIENTS)) == 200


async def test_shared_token_store_means_one_token_for_two_clients() -> None:
    platform, store = FakePlatform(), InMemoryTokenStore()
    platform.on("GET", RECIPIENTS, ok())
    async with (
        make_client(platform, host_user_id="HU-1", token_store=store) as one,
        make_client(platform, host_user_id="HU-1", token_store=store) as two,
        anyio.create_task_group() as tg,
    ):
        for client in (one, two) * 20:
            tg.start_soon(client.money_movement.list_recipients_v1)
    assert len(platform.token_requests) == 1


async def test_missing_expires_in_uses_default_lifetime() -> None:
    platform = FakePlatform(token_lifetime=None)
    platform.on("GET", RECIPIENTS, ok())
    async with make_client(platform, host_user_id="HU-1") as cd:
        for _ in range(3):
            await cd.money_movement.list_recipients_v1()
    assert len(platform.token_requests) == 1


async def test_token_refreshed_before_expiry(monkeypatch: pytest.MonkeyPatch) -> None:
    platform = FakePlatform(token_lifetime="120")
    platform.on("GET", RECIPIENTS, ok())
    clock = [time.time()]
    monkeypatch.setattr("candescent_async._auth.time.time", lambda: clock[0])
    async with make_client(platform, host_user_id="HU-1") as cd:
        await cd.money_movement.list_recipients_v1()
        clock[0] += 59  # 61 s left: still outside the 60 s skew
        await cd.money_movement.list_recipients_v1()
        assert len(platform.token_requests) == 1
        clock[0] += 2  # 59 s left: inside the skew, refreshed proactively
        await cd.money_movement.list_recipients_v1()
    assert len(platform.token_requests) == 2


async def test_401_refreshes_and_replays_exactly_once() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, ok())
    async with make_client(platform, host_user_id="HU-1") as cd:
        await cd.money_movement.list_recipients_v1()
        platform.expire_tokens()  # the server forgets the token; the client still thinks it is valid
        result = await cd.money_movement.list_recipients_v1()
    assert result.recipients[0].id == "r-1"
    assert len(platform.token_requests) == 2
    assert len(platform.calls("GET", RECIPIENTS)) == 3


async def test_persistent_401_raises_after_one_replay() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, status(401, {"code": "CMN_90001", "message": "Invalid token"}))
    async with make_client(platform, host_user_id="HU-1") as cd:
        with pytest.raises(AuthenticationError):
            await cd.money_movement.list_recipients_v1()
    assert len(platform.calls("GET", RECIPIENTS)) == 2


async def test_401_on_a_transfer_is_replayed_once_because_it_was_not_processed() -> None:
    platform = FakePlatform()
    platform.on("POST", TRANSFERS, status(401), ok({"status": "SUCCESS"}))
    async with make_client(platform, host_user_id="HU-1") as cd:
        result = await cd.money_movement.create_transfer_v1(body=transfer())
    assert result.status == "SUCCESS"
    assert len(platform.calls("POST", TRANSFERS)) == 2


CUSTOMER = "/v1/customers/c-1"
CONTACT_INFO = "/v1/customers/c-1:contact-info"


async def test_a_400_an_operation_uses_to_refuse_its_token_is_refreshed_and_replayed_once() -> None:
    platform = FakePlatform()
    refused = status(400, {"status": 400, "code": "UXU_10003", "message": "JWT expired"})
    platform.on("GET", CUSTOMER, refused, ok({"userId": "c-1"}))
    async with make_client(platform) as cd:
        customer = await cd.customer_management.get_customer_information("c-1")
    assert customer.user_id == "c-1"
    assert len(platform.calls("GET", CUSTOMER)) == 2
    assert len(platform.token_requests) == 2


@pytest.mark.parametrize("code", ["25002", "UXU_10001", "CMN_90018"])
async def test_a_transfer_answered_400_with_another_services_token_code_is_sent_once(code: str) -> None:
    # Token-refusal codes belong to the operations whose services use them: on createTransferV1 they
    # are ordinary 400s, raised as is, never a reason to POST the transfer again (even with retries).
    platform = FakePlatform()
    platform.on("POST", TRANSFERS, status(400, {"code": code, "message": "refused"}), ok({"status": "SUCCESS"}))
    async with make_client(platform, host_user_id="HU-1", max_retries=0) as cd:
        with pytest.raises(BadRequestError) as refused:
            await cd.money_movement.create_transfer_v1(body=transfer())
    assert refused.value.code == code
    assert len(platform.calls("POST", TRANSFERS)) == 1
    assert len(platform.token_requests) == 1


async def test_a_state_changing_call_whose_token_is_refused_by_400_is_raised_and_the_token_renewed() -> None:
    platform = FakePlatform()
    platform.on("PUT", CONTACT_INFO, status(400, {"status": 400, "code": "UXU_10001", "message": "bad JWT"}))
    platform.on("GET", CUSTOMER, ok({"userId": "c-1"}))
    async with make_client(platform) as cd:
        with pytest.raises(BadRequestError) as refused:
            await cd.customer_management.update_contact_info("c-1", body=ContactInfo())
        assert len(platform.calls("PUT", CONTACT_INFO)) == 1
        await cd.customer_management.get_customer_information("c-1")
    assert refused.value.code == "UXU_10001"
    assert len(platform.token_requests) == 2  # the refused token was not used again


async def test_persistent_token_400_raises_after_one_replay() -> None:
    platform = FakePlatform()
    platform.on("GET", CUSTOMER, status(400, {"status": 400, "code": "UXU_10001", "message": "Invalid JWT"}))
    async with make_client(platform) as cd:
        with pytest.raises(BadRequestError) as refused:
            await cd.customer_management.get_customer_information("c-1")
    assert refused.value.code == "UXU_10001"
    assert len(platform.calls("GET", CUSTOMER)) == 2


async def test_password_grant_uses_rotating_refresh_token_then_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    platform = FakePlatform(token_lifetime="100")
    platform.on("GET", RECIPIENTS, ok())
    clock = [time.time()]
    monkeypatch.setattr("candescent_async._auth.time.time", lambda: clock[0])
    async with make_client(platform, username="jdoe", password=PASSWORD) as cd:
        await cd.money_movement.list_recipients_v1()
        clock[0] += 90
        await cd.money_movement.list_recipients_v1()
        clock[0] += 90
        await cd.money_movement.list_recipients_v1()
        grants = [r["grant_type"] for r in platform.token_requests]
        assert grants == ["password", "refresh_token", "refresh_token"]
        # Each refresh used the newest refresh token (they rotate).
        assert platform.token_requests[1]["refresh_token"] != platform.token_requests[2]["refresh_token"]
        platform.token_failures.append(json_response(401, {"code": "CMN_90003", "message": "refresh expired"}))
        clock[0] += 90
        await cd.money_movement.list_recipients_v1()
    assert [r["grant_type"] for r in platform.token_requests][3:] == ["refresh_token", "password"]


async def test_legacy_v1_token_is_parsed_from_xml() -> None:
    platform = FakePlatform()
    async with make_client(platform) as cd:
        token = await cd._transport.tokens.get("v1", cd._transport.send_auth)  # type: ignore[union-attr]
    assert token.kind == "v1" and token.access_token.startswith("tok-")
    assert platform.requests[0].url.path == "/v1/oauth/token"
    assert platform.requests[0].headers["di_fiid"] == "01234"
    uuid.UUID(platform.requests[0].headers["di_tid"])


async def test_generated_v1_token_call_sends_its_form_body() -> None:
    platform = FakePlatform()
    from candescent_async.types.authentication import AccessTokenRequestV1

    async with make_client(platform) as cd:
        body = AccessTokenRequestV1.from_dict({"grant_type": "client_credentials"})
        result = await cd.authentication.create_access_token_v1(body=body, di_fiid="01234")
    assert platform.token_requests == [{"grant_type": "client_credentials"}]
    assert result.access_token.startswith("tok-")


async def test_close_revokes_tokens_and_closes_the_pool() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, ok())
    cd = make_client(platform, host_user_id="HU-1")
    async with cd:
        await cd.money_movement.list_recipients_v1()
    assert platform.revoked == ["tok-1"]
    with pytest.raises(RuntimeError, match="closed"):
        await cd.money_movement.list_recipients_v1()


# ---------------------------------------------------------------- retries


async def test_safe_read_retries_5xx_with_backoff_then_succeeds() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, status(503), status(502), ok())
    async with make_client(platform, host_user_id="HU-1") as cd:
        raw = await cd.money_movement.with_raw_response.list_recipients_v1()
        assert raw.retries_taken == 2
        assert len(cd.slept) == 2 and 0.375 <= cd.slept[0] <= 0.5 and 0.75 <= cd.slept[1] <= 1.0  # type: ignore[attr-defined]
    traces = {r.headers["transactionId"] for r in platform.calls("GET", RECIPIENTS)}
    assert len(traces) == 1, "the trace id is kept across retries"


async def test_retry_budget_exhausted_raises_typed_error() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, status(500))
    async with make_client(platform, host_user_id="HU-1", max_retries=3) as cd:
        with pytest.raises(InternalServerError):
            await cd.money_movement.list_recipients_v1()
    assert len(platform.calls("GET", RECIPIENTS)) == 4


async def test_retry_after_seconds_and_http_date_are_honoured() -> None:
    platform = FakePlatform()
    platform.on(
        "GET", RECIPIENTS, status(429, headers={"Retry-After": "3"}), status(503, headers={"Retry-After": "0"}), ok()
    )
    async with make_client(platform, host_user_id="HU-1") as cd:
        await cd.money_movement.list_recipients_v1()
        assert cd.slept == [3.0, 0.0]  # type: ignore[attr-defined]


async def test_retry_after_longer_than_cap_is_not_waited_for() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, status(429, headers={"Retry-After": "3600"}), ok())
    async with make_client(platform, host_user_id="HU-1") as cd:
        with pytest.raises(RateLimitError) as info:
            await cd.money_movement.list_recipients_v1()
        assert info.value.retry_after == 3600.0 and cd.slept == []  # type: ignore[attr-defined]


async def test_gateway_quota_500_is_retried_like_429_for_safe_operations() -> None:
    quota = {
        "fault": {
            "faultstring": "Rate limit quota violation",
            "detail": {"errorcode": "policies.ratelimit.QuotaViolation"},
        }
    }
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, status(500, quota), ok())
    async with make_client(platform, host_user_id="HU-1") as cd:
        await cd.money_movement.list_recipients_v1()
    assert len(platform.calls("GET", RECIPIENTS)) == 2


async def test_connection_errors_on_reads_are_retried() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, raises(httpx2.ReadTimeout), raises(httpx2.RemoteProtocolError), ok())
    async with make_client(platform, host_user_id="HU-1") as cd:
        await cd.money_movement.list_recipients_v1()
    assert len(platform.calls("GET", RECIPIENTS)) == 3


@pytest.mark.parametrize("failure", [status(500), status(502), status(503), status(504), status(408)])
async def test_transfer_5xx_is_never_resent_and_says_outcome_unknown(failure: Any) -> None:
    platform = FakePlatform()
    platform.on("POST", TRANSFERS, failure, ok({"status": "SUCCESS"}))
    async with make_client(platform, host_user_id="HU-1") as cd:
        with pytest.raises(OutcomeUnknownError, match="NOT retried") as info:
            await cd.money_movement.create_transfer_v1(body=transfer())
    assert len(platform.calls("POST", TRANSFERS)) == 1
    assert info.value.trace_id == platform.calls("POST", TRANSFERS)[0].headers["transactionId"]
    assert info.value.status_code is not None


@pytest.mark.parametrize("exc", [httpx2.ReadTimeout, httpx2.RemoteProtocolError, httpx2.ReadError, httpx2.WriteTimeout])
async def test_transfer_that_may_have_been_sent_is_not_resent(exc: type[Exception]) -> None:
    platform = FakePlatform()
    platform.on("POST", TRANSFERS, raises(exc), ok({"status": "SUCCESS"}))
    async with make_client(platform, host_user_id="HU-1") as cd:
        with pytest.raises(OutcomeUnknownError, match="may have reached the server"):
            await cd.money_movement.create_transfer_v1(body=transfer())
    assert len(platform.calls("POST", TRANSFERS)) == 1


async def test_transfer_connect_error_is_retried_because_nothing_was_sent() -> None:
    platform = FakePlatform()
    platform.on("POST", TRANSFERS, raises(httpx2.ConnectError), ok({"status": "SUCCESS"}))
    async with make_client(platform, host_user_id="HU-1") as cd:
        result = await cd.money_movement.create_transfer_v1(body=transfer())
    assert result.status == "SUCCESS"


async def test_transfer_429_is_raised_not_retried() -> None:
    platform = FakePlatform()
    platform.on("POST", TRANSFERS, status(429, headers={"Retry-After": "1"}), ok({"status": "SUCCESS"}))
    async with make_client(platform, host_user_id="HU-1") as cd:
        with pytest.raises(RateLimitError):
            await cd.money_movement.create_transfer_v1(body=transfer())
    assert len(platform.calls("POST", TRANSFERS)) == 1


@pytest.mark.parametrize(
    "body",
    [
        {"code": "CMN_90000", "message": "Quota limit exceeded for this spike arrest window"},  # words only
        {"code": "CMN_90001", "message": "Internal error"},  # documented as quota *or* internal error
    ],
)
async def test_a_transfer_5xx_that_only_looks_like_throttling_stays_outcome_unknown(body: Any) -> None:
    platform = FakePlatform()
    platform.on("POST", TRANSFERS, status(500, body), ok({"status": "SUCCESS"}))
    async with make_client(platform, host_user_id="HU-1") as cd:
        with pytest.raises(OutcomeUnknownError) as info:
            await cd.money_movement.create_transfer_v1(body=transfer())
    assert not isinstance(info.value.__cause__, RateLimitError) or body["code"] == "CMN_90001"
    assert len(platform.calls("POST", TRANSFERS)) == 1


@pytest.mark.parametrize(
    "body",
    [
        {"code": "CMN_90002", "message": "Spike arrest violation"},
        {"fault": {"faultstring": "Rate limit", "detail": {"errorcode": "policies.ratelimit.SpikeArrestViolation"}}},
    ],
)
async def test_a_transfer_refused_by_a_structured_throttle_code_is_a_rate_limit_sent_once(body: Any) -> None:
    platform = FakePlatform()
    platform.on("POST", TRANSFERS, status(500, body), ok({"status": "SUCCESS"}))
    async with make_client(platform, host_user_id="HU-1") as cd:
        with pytest.raises(RateLimitError):
            await cd.money_movement.create_transfer_v1(body=transfer())
    assert len(platform.calls("POST", TRANSFERS)) == 1


def test_throttling_is_classified_by_code_not_by_words() -> None:
    request = httpx2.Request("GET", BASE_URL)

    def error(body: Any) -> Exception:
        return make_status_error(json_response(500, body).__class__(500, json=body, request=request))

    assert type(error({"code": "CMN_90000", "message": "quota limit violation"})) is InternalServerError
    assert type(error({"code": "CMN_90002", "message": "x"})) is RateLimitError
    assert type(error({"code": "91000", "message": "x"})) is RateLimitError


class _Streamed(httpx2.AsyncByteStream):
    """A body read from the network after the status line, as a real server's is (not pre-read)."""

    def __init__(self, data: bytes, *, then: Exception | None = None) -> None:
        self._data, self._then = data, then

    async def __aiter__(self) -> Any:
        yield self._data
        if self._then is not None:
            raise self._then


def gzip_garbage(request: httpx2.Request) -> httpx2.Response:
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    return httpx2.Response(200, headers=headers, stream=_Streamed(b"\x1f\x8b not really gzip"))


async def test_a_transfer_accepted_with_an_unreadable_body_says_it_took_effect() -> None:
    platform = FakePlatform()

    def truncated(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, content=b'{"status": "SUCC', headers={"Content-Type": "application/json"})

    def cut_off(request: httpx2.Request) -> httpx2.Response:
        cut = httpx2.RemoteProtocolError("peer closed connection")
        return httpx2.Response(200, stream=_Streamed(b'{"status": "SU', then=cut))

    platform.on("POST", TRANSFERS, truncated, gzip_garbage, cut_off, ok({"status": "SUCCESS"}))
    async with make_client(platform, host_user_id="HU-1") as cd:
        for cause in (ValueError, httpx2.DecodingError, httpx2.RemoteProtocolError):
            with pytest.raises(UnreadableSuccessError, match=r"ACCEPTED.*do NOT re-send") as info:
                await cd.money_movement.create_transfer_v1(body=transfer())
            sent = platform.calls("POST", TRANSFERS)[-1]
            assert info.value.status_code == 200
            assert info.value.trace_id == sent.headers["transactionId"]
            assert isinstance(info.value.__cause__, cause) or isinstance(info.value.__cause__.__cause__, cause)
    assert len(platform.calls("POST", TRANSFERS)) == 3  # once each: none was re-sent


async def test_a_corrupt_gzip_answer_to_a_read_is_a_typed_error_after_its_retries() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, gzip_garbage, gzip_garbage, ok())
    async with make_client(platform, host_user_id="HU-1") as cd:
        await cd.money_movement.list_recipients_v1()  # retried, like a connection cut mid-body
        platform.on("GET", RECIPIENTS, gzip_garbage)
        with pytest.raises(APIConnectionError) as info:
            await cd.money_movement.list_recipients_v1(max_retries=0)
    assert isinstance(info.value.__cause__, httpx2.DecodingError)
    assert info.value.trace_id


async def test_any_exception_from_the_http_layer_is_typed_and_a_transfer_is_not_resent() -> None:
    platform = FakePlatform()

    def broken(request: httpx2.Request) -> httpx2.Response:
        raise RuntimeError("transport bug")

    platform.on("POST", TRANSFERS, broken, ok({"status": "SUCCESS"}))
    platform.on("GET", RECIPIENTS, broken, ok())
    async with make_client(platform, host_user_id="HU-1") as cd:
        with pytest.raises(OutcomeUnknownError):
            await cd.money_movement.create_transfer_v1(body=transfer())
        await cd.money_movement.list_recipients_v1()
    assert len(platform.calls("POST", TRANSFERS)) == 1


async def test_per_call_max_retries_zero() -> None:
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, status(503), ok())
    async with make_client(platform, host_user_id="HU-1") as cd:
        with pytest.raises(InternalServerError):
            await cd.money_movement.list_recipients_v1(max_retries=0)


# ---------------------------------------------------------------- configuration and secrets


def test_configuration_is_checked() -> None:
    with pytest.raises(ConfigurationError, match="only https"):
        CandescentClient("id", "secret", base_url="http://127.0.0.1:8765")
    with pytest.raises(ConfigurationError, match="only https"):
        CandescentClient("id", "secret", base_url="https://evil.example.com")
    with pytest.raises(ConfigurationError, match="not both"):
        CandescentClient("id", "secret", host_user_id="a", login_id="b")
    with pytest.raises(ConfigurationError, match="environment"):
        CandescentClient("id", "secret", environment="prod")
    local = CandescentClient("id", "secret", base_url="http://127.0.0.1:8765/", allow_insecure_base_url=True)
    assert local.base_url == "http://127.0.0.1:8765"
    assert CandescentClient(environment="production").base_url == "https://api.candescent.com"


def test_from_env_reads_every_variable() -> None:
    env = {
        "CANDESCENT_CLIENT_ID": "cid",
        "CANDESCENT_CLIENT_SECRET": CLIENT_SECRET,
        "CANDESCENT_INSTITUTION_ID": "01234",
        "CANDESCENT_ENVIRONMENT": "stage",
        "CANDESCENT_USERNAME": "jdoe",
        "CANDESCENT_PASSWORD": PASSWORD,
    }
    cd = CandescentClient.from_env(env)
    assert cd.base_url == "https://api.stage.candescent.com" and cd.institution_id == "01234"
    assert cd._transport.tokens is not None and cd._transport.tokens.grant == "password"
    cd = CandescentClient.from_env({**env, "CANDESCENT_BASE_URL": BASE_URL})
    assert cd.base_url == BASE_URL


async def test_no_secret_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="candescent_async")
    platform = FakePlatform()
    platform.on("GET", RECIPIENTS, status(503), ok())
    platform.on("POST", TRANSFERS, status(504))
    texts: list[str] = []
    async with make_client(platform, username="jdoe", password=PASSWORD) as cd:
        recipients = await cd.money_movement.list_recipients_v1()
        texts += [repr(cd), repr(recipients), str(recipients.recipients[0])]
        try:
            await cd.money_movement.create_transfer_v1(body=transfer())
        except OutcomeUnknownError as exc:
            texts += [str(exc), repr(exc), str(exc.__cause__)]
        token = await cd._transport.tokens.get("v2", cd._transport.send_auth)  # type: ignore[union-attr]
        texts.append(repr(token))
        secrets = [CLIENT_SECRET, PASSWORD, token.access_token, token.refresh_token or "refresh-", "pc-secret"]
    texts.append(caplog.text)
    assert "GET /v1/recipients -> 503" in caplog.text
    for text in texts:
        for secret in secrets:
            assert secret not in text
