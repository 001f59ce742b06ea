"""Reliability suite: injected faults, hostile responses, cancellation, fuzzed input, secrets.

Every test runs against the sandbox with DEBUG logging captured; after each one, no secret the sandbox
issued or the client holds may appear in the logs, reprs or errors. A test that takes the ``stack``
fixture reaches its sandbox over real HTTP on 127.0.0.1 (tests/_served.py: real hangs and drops)
through each connection stack, aiohttp's pool and httpcore2's; the others use the in-process transport.
The tally (scenarios, faults injected, duplicates, leaks) is printed at the end of the run.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from decimal import Decimal
from typing import Any

import anyio
import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from candescent_async import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    CandescentClient,
    InMemoryTokenStore,
    InternalServerError,
    OutcomeUnknownError,
    RateLimitError,
    ValidationError,
    paginate,
)
from candescent_async._registry import CATEGORIES, _category_table
from candescent_async.odata import ACCOUNTS, TRANSACTIONS, F
from candescent_async.sandbox import DEMO_CLIENT_SECRET, INSTITUTION_ID, Fault, Sandbox
from candescent_async.transfers import Schedule, TransferRequest, create_transfer
from candescent_async.types import File
from candescent_async.types.business_banking import BbRegistration
from candescent_async.types.customer_campaigns import (
    ExperienceGroupRequest,
    UploadExperienceGroupParticipantsRequest,
    UploadExperienceGroupParticipantsRequestType,
)
from candescent_async.types.money_movement import Recipient
from tests._reliability import TALLY
from tests._served import served_client
from tests.test_sandbox_business_banking import _ach

pytestmark = pytest.mark.anyio


class Scenario:
    """The sandboxes and clients of one test, so its secrets and faults can be accounted for."""

    def __init__(self, stack: str | None = None) -> None:
        self.stack = stack  # None: the in-process transport; else served over loopback HTTP through it
        self.sandboxes: list[Sandbox] = []
        self.clients: list[CandescentClient] = []
        self.errors: list[BaseException] = []

    def sandbox(self, **options: Any) -> Sandbox:
        sandbox = Sandbox(in_process=self.stack is None, **options)
        self.sandboxes.append(sandbox)
        return sandbox

    def transport(self, sandbox: Sandbox) -> httpx2.AsyncBaseTransport:
        """What a test wraps to hold requests: the stack's own connection pool, or the in-process one."""
        if self.stack is None:
            return sandbox.transport()
        if self.stack == "aiohttp":
            from candescent_async._aiohttp import AiohttpTransport

            return AiohttpTransport()
        return httpx2.AsyncHTTPTransport()

    def client(self, sandbox: Sandbox, **options: Any) -> CandescentClient:
        if self.stack is None:
            client: CandescentClient = sandbox.client(**options)
        else:
            client = served_client(sandbox, self.stack, **options)
        client.slept = []  # type: ignore[attr-defined]

        async def no_sleep(seconds: float) -> None:
            client.slept.append(seconds)  # type: ignore[attr-defined]

        client._transport._sleep = no_sleep
        self.clients.append(client)
        return client

    def secrets(self) -> set[str]:
        found = {DEMO_CLIENT_SECRET}
        for sandbox in self.sandboxes:
            found |= set(sandbox.tokens) | set(sandbox.refresh_tokens)
            found |= {user.password for user in sandbox.world.users.values()}
        return found

    def surfaces(self, log_text: str) -> Iterator[tuple[str, str]]:
        yield "log", log_text
        for error in self.errors:
            yield "error", f"{error!s} {error!r} {getattr(error, 'body', b'')!r}"
        for client in self.clients:
            yield "client repr", repr(client)


@pytest.fixture(autouse=True)
def scenario(caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest) -> Iterator[Scenario]:
    caplog.set_level(logging.DEBUG)
    current = Scenario(request.getfixturevalue("stack") if "stack" in request.fixturenames else None)
    yield current
    TALLY.scenarios += 1
    TALLY.faults += sum(s.faults.total_injected for s in current.sandboxes)
    leaks = [
        f"{where}: {secret[:4]}..."
        for where, text in current.surfaces(caplog.text)
        for secret in current.secrets()
        if secret and secret in text
    ]
    TALLY.leaks.extend(leaks)
    assert not leaks, leaks


def _retail(sandbox: Sandbox) -> Any:
    return next(u for u in sandbox.world.users.values() if u.user_type == "retail")


def _business(sandbox: Sandbox) -> Any:
    return next(u for u in sandbox.world.users.values() if u.user_type == "business")


# A hang on a real connection ends at the call's read timeout (in-process, at once): short, so the
# suite's hangs cost seconds, yet far above a loopback answer (a few ms).
HANG_TIMEOUT = 0.25

# ---------------------------------------------------------------- reads: retried within budget

READ_FAULTS: list[tuple[str, Callable[[int], Fault], type[Exception]]] = [
    ("429 Retry-After", lambda n: Fault.status_code(429, times=n, retry_after="1"), RateLimitError),
    ("500", lambda n: Fault.status_code(500, times=n), InternalServerError),
    ("502", lambda n: Fault.status_code(502, times=n), APIStatusError),
    ("503", lambda n: Fault.status_code(503, times=n), APIStatusError),
    ("504", lambda n: Fault.status_code(504, times=n), APIStatusError),
    ("connection reset", lambda n: Fault.drop(times=n), APIConnectionError),
    ("read timeout", lambda n: Fault.hang(times=n), APITimeoutError),
]


@pytest.mark.parametrize(("name", "fault", "error"), READ_FAULTS, ids=[f[0] for f in READ_FAULTS])
async def test_reads_recover_within_the_budget_with_exactly_the_policy_attempts(
    scenario: Scenario, stack: str, name: str, fault: Callable[[int], Fault], error: type[Exception]
) -> None:
    sandbox = scenario.sandbox(seed=11)
    user = _retail(sandbox)
    account_id = sandbox.world.accounts_of(user)[0].data["id"]
    async with scenario.client(sandbox, host_user_id=user.host_user_id, max_retries=2) as cd:
        if name == "read timeout":  # a real hang ends at the read timeout: keep that short
            cd = cd.with_options(timeout=HANG_TIMEOUT)
        sandbox.faults.add("getAccountByIdV1", fault(2))
        account = await cd.core_banking.get_account_by_id_v1(account_id)
        assert account.id == account_id
        assert sandbox.calls["getAccountByIdV1"] == 3
        if name.startswith("429"):
            assert scenario.clients[-1].slept == [1.0, 1.0]  # type: ignore[attr-defined]

        sandbox.faults.add("getAccountByIdV1", fault(3))
        with pytest.raises(error) as caught:
            await cd.core_banking.get_account_by_id_v1(account_id)
        scenario.errors.append(caught.value)
        assert sandbox.calls["getAccountByIdV1"] == 6
        assert caught.value.trace_id  # type: ignore[attr-defined]


async def test_retry_after_beyond_the_cap_is_not_waited_for(scenario: Scenario, stack: str) -> None:
    sandbox = scenario.sandbox(seed=11)
    user = _retail(sandbox)
    sandbox.faults.add("listAccountsV1", Fault.status_code(429, retry_after="3600"))
    async with scenario.client(sandbox, host_user_id=user.host_user_id) as cd:
        with pytest.raises(RateLimitError) as caught:
            await cd.core_banking.list_accounts_v1()
    scenario.errors.append(caught.value)
    assert caught.value.retry_after == 3600
    assert sandbox.calls["listAccountsV1"] == 1


# ---------------------------------------------------------------- state changes: sent at most once

UNSAFE = [
    op
    for category in CATEGORIES
    for op in _category_table(category).values()
    if not op.retry_safe and op.category != "authentication"
]
SEND_FAULTS: list[tuple[Fault, type[Exception]]] = [
    (Fault.status_code(429, retry_after="1"), RateLimitError),
    (Fault.status_code(500), OutcomeUnknownError),
    (Fault.status_code(502), OutcomeUnknownError),
    (Fault.status_code(503), OutcomeUnknownError),
    (Fault.status_code(504), OutcomeUnknownError),
    (Fault.drop(), OutcomeUnknownError),
    (Fault.hang(), OutcomeUnknownError),
]


MX_HOSTS = {
    "platform": "api.mx.com",
    "realtime": "live.moneydesktop.com",
    "reporting": "logs.moneydesktop.com",
    "sso": "sso.moneydesktop.com",
}


def _url(path: str) -> str:
    filled = path.replace("{institutionId}", INSTITUTION_ID).replace("{di_fiid}", INSTITUTION_ID)
    while "{" in filled:
        start, end = filled.index("{"), filled.index("}")
        name = filled[start + 1 : end]
        filled = filled[:start] + ("users/X1" if name.lower().endswith("resourcepath") else "X1") + filled[end + 1 :]
    return filled


def test_every_state_changing_operation_is_covered() -> None:
    assert len(UNSAFE) >= 30
    assert {"createTransferV1", "createAchPaymentV1", "createWirePaymentV1", "createRecipientV1"} <= {
        op.operation_id for op in UNSAFE
    }


@pytest.mark.contract_exempt("a bare '{}' to every state-changing operation via the transport, answered by faults")
@pytest.mark.parametrize("op", UNSAFE, ids=[op.operation_id for op in UNSAFE])
async def test_state_changing_operations_are_never_sent_twice(scenario: Scenario, stack: str, op: Any) -> None:
    sandbox = scenario.sandbox(seed=12)
    user = _business(sandbox) if op.category == "business_banking" else _retail(sandbox)
    context = {"login_id": user.login_id} if op.category == "business_banking" else {"host_user_id": user.host_user_id}
    headers = {"Content-Type": "application/json"}
    if op.category == "mx":
        host = next(h for key, h in MX_HOSTS.items() if key in op.operation_id.lower())
        headers |= {"ext_host": host, "Accept": "application/json"}
    request = {"method": op.method, "url": _url(op.path), "content": b"{}", "headers": headers}
    async with scenario.client(sandbox, max_retries=3, **context) as cd:
        for fault, expected in SEND_FAULTS:
            before = sandbox.calls[op.operation_id]
            sandbox.faults.add(op.operation_id, Fault(**{**fault.__dict__}))
            timeout = HANG_TIMEOUT if fault.kind == "hang" else None  # a real hang ends at the read timeout
            with pytest.raises(expected) as caught:
                await cd._transport.invoke(op.category, op.name, dict(request), lambda r: r, timeout=timeout)
            scenario.errors.append(caught.value)
            sent = sandbox.calls[op.operation_id] - before
            TALLY.duplicates += max(0, sent - 1)
            assert sent == 1, f"{op.operation_id} under {fault.kind} {fault.status}: sent {sent} times"
            assert caught.value.trace_id  # type: ignore[attr-defined]
            if expected is OutcomeUnknownError:
                assert "NOT retried" in str(caught.value)


def _counts(sandbox: Sandbox) -> dict[str, int]:
    """Records the sandbox holds, per kind (what a duplicate would grow)."""
    world = sandbox.world
    counts = {"transfers": len(world.transfers), "recipients": len(world.recipients)}
    for area, state in world.extra.items():
        if isinstance(state, dict):
            for kind, records in state.items():
                if isinstance(records, (dict, list)):
                    counts[f"{area}.{kind}"] = len(records)
    return counts


_SERIAL = itertools.count()


async def _transfer(cd: CandescentClient, sandbox: Sandbox) -> Any:
    user = _retail(sandbox)
    accounts = sandbox.world.accounts_of(user)
    source = next(a for a in accounts if a.data["allowedActions"]["transferFrom"]).data["id"]
    target = next(a for a in accounts if a.data["allowedActions"]["transferTo"] and a.data["id"] != source).data["id"]
    return await create_transfer(cd, TransferRequest.internal(source, target, Decimal("12.34")))


async def _scheduled_transfer(cd: CandescentClient, sandbox: Sandbox) -> Any:
    user = _retail(sandbox)
    accounts = sandbox.world.accounts_of(user)
    source = next(a for a in accounts if a.data["allowedActions"]["transferFrom"]).data["id"]
    target = next(a for a in accounts if a.data["allowedActions"]["transferTo"] and a.data["id"] != source).data["id"]
    schedule = Schedule.monthly(1, start=sandbox.world.today + dt.timedelta(days=2), occurrences=3)
    request = TransferRequest.internal(source, target, Decimal("5.00"), schedule=schedule)
    return await create_transfer(cd, request, today=sandbox.world.today)


async def _recipient(cd: CandescentClient, sandbox: Sandbox) -> Any:
    nick = f"N{next(_SERIAL)}"
    body = Recipient.from_dict({"memberNumber": "1", "accountNumber": "2", "accountType": "SAVINGS", "nickName": nick})
    return await cd.money_movement.create_recipient_v1(body=body)


async def _ach_payment(cd: CandescentClient, sandbox: Sandbox) -> Any:
    return await cd.business_banking.create_ach_payment_v1(
        body=_ach(sandbox.world.today), login_id=_business(sandbox).login_id
    )


async def _registration(cd: CandescentClient, sandbox: Sandbox) -> Any:
    serial = next(_SERIAL)
    body = BbRegistration.from_dict(
        {
            "businessName": f"Foo {serial} LLC",
            "tins": [{"tinName": "Foo LLC", "tinNumber": "123456789"}],
            "users": [
                {"firstName": "A", "lastName": "B", "email": f"a{serial}@foo.example", "userType": "PRIMARY_ADMIN"}
            ],
        }
    )
    return await cd.business_banking.create_business_registration_v1(body=body)


async def _upload(cd: CandescentClient, sandbox: Sandbox) -> Any:
    group = await cd.customer_campaigns.create_experience_group_v3(
        body=ExperienceGroupRequest(group_name=f"G{next(_SERIAL)}")
    )
    csv = File(payload=io.BytesIO(b"ParticipantId\nM1\n"), file_name="p.csv", mime_type="text/csv")
    return await cd.customer_campaigns.upload_experience_group_participants_v3(
        group.group_id,
        body=UploadExperienceGroupParticipantsRequest(
            type_=UploadExperienceGroupParticipantsRequestType.ADD, file_name=csv
        ),
    )


MONEY_MOVERS: dict[str, tuple[str, Callable[[CandescentClient, Sandbox], Any], str]] = {
    "transfer": ("createTransferV1", _transfer, "retail"),
    "scheduled transfer": ("createTransferV1", _scheduled_transfer, "retail"),
    "recipient": ("createRecipientV1", _recipient, "retail"),
    "ACH payment": ("createAchPaymentV1", _ach_payment, "business"),
    "business registration": ("createBusinessRegistrationV1", _registration, "business"),
    "participant upload": ("uploadExperienceGroupParticipantsV3", _upload, "retail"),
}


@pytest.mark.parametrize("kind", ["503", "drop", "hang"])
@pytest.mark.parametrize("mover", list(MONEY_MOVERS))
async def test_a_request_that_took_effect_is_never_repeated(
    scenario: Scenario, stack: str, mover: str, kind: str
) -> None:
    """The gateway fails after the backend completed: the one case a retry would duplicate."""
    operation_id, call, who = MONEY_MOVERS[mover]
    sandbox = scenario.sandbox(seed=13)
    user = _business(sandbox) if who == "business" else _retail(sandbox)
    context = {"login_id": user.login_id} if who == "business" else {"host_user_id": user.host_user_id}
    fault = {
        "503": Fault.status_code(503, after_processing=True),
        "drop": Fault.drop(after_processing=True),
        "hang": Fault.hang(after_processing=True),
    }[kind]
    async with scenario.client(sandbox, max_retries=5, **context) as cd:
        await call(cd, sandbox)  # a clean run: what one request adds
        baseline = _counts(sandbox)
        await call(cd, sandbox)
        one_request = {k: v - baseline.get(k, 0) for k, v in _counts(sandbox).items()}
        before, calls = _counts(sandbox), sandbox.calls[operation_id]
        sandbox.faults.add(operation_id, fault)
        with pytest.raises(OutcomeUnknownError) as caught:
            await call(cd.with_options(timeout=HANG_TIMEOUT) if kind == "hang" else cd, sandbox)
        scenario.errors.append(caught.value)
    grown = {k: v - before.get(k, 0) for k, v in _counts(sandbox).items()}
    TALLY.duplicates += sum(max(0, grown[k] - one_request.get(k, 0)) for k in grown)
    assert sandbox.calls[operation_id] - calls == 1
    assert grown == one_request, "the failed request took effect exactly once"
    assert caught.value.trace_id and caught.value.trace_id in str(caught.value)


# ---------------------------------------------------------------- tokens


async def test_token_expiry_mid_pagination_yields_every_item_once(scenario: Scenario, stack: str) -> None:
    now = [1_000_000.0]
    sandbox = scenario.sandbox(seed=14, token_lifetime=100.0, clock=lambda: now[0], transactions_per_account=900)
    user = _retail(sandbox)
    account = sandbox.world.accounts_of(user)[0]
    seen: list[str] = []
    async with scenario.client(sandbox, host_user_id=user.host_user_id) as cd:
        walk = paginate(cd.core_banking.list_account_transactions_v1, account_id=account.data["id"]).with_options(
            page_size=100
        )
        async for page in walk.pages():
            seen.extend(str(t.id) for t in page.transactions)
            now[0] += 70.0  # the token dies every second page
    grants = sum(v for k, v in sandbox.token_requests.items() if k.startswith("v2:"))
    assert len(seen) == 900 and len(set(seen)) == 900
    assert grants >= 4  # it really expired and was replaced mid-walk


async def test_a_thousand_concurrent_first_calls_make_one_token_request(scenario: Scenario, stack: str) -> None:
    sandbox = scenario.sandbox(seed=15)
    user = _retail(sandbox)
    async with scenario.client(sandbox, host_user_id=user.host_user_id) as cd, anyio.create_task_group() as tg:
        for _ in range(1000):
            tg.start_soon(cd.core_banking.list_accounts_v1)
    assert sum(sandbox.token_requests.values()) == 1
    assert sandbox.calls["listAccountsV1"] == 1000


async def test_two_clients_sharing_a_token_store_make_one_token_request(scenario: Scenario, stack: str) -> None:
    sandbox = scenario.sandbox(seed=15)
    user = _retail(sandbox)
    store = InMemoryTokenStore()
    async with (
        scenario.client(sandbox, host_user_id=user.host_user_id, token_store=store) as first,
        scenario.client(sandbox, host_user_id=user.host_user_id, token_store=store) as second,
        anyio.create_task_group() as tg,
    ):
        for _ in range(200):
            tg.start_soon(first.core_banking.list_accounts_v1)
            tg.start_soon(second.core_banking.list_accounts_v1)
    assert sum(sandbox.token_requests.values()) == 1


# ---------------------------------------------------------------- cancellation


class _Gate(httpx2.AsyncBaseTransport):
    """Holds requests whose path contains ``hold`` until released; counts responses left open."""

    def __init__(self, inner: httpx2.AsyncBaseTransport, hold: str) -> None:
        self.inner, self.hold = inner, hold
        self.arrived = anyio.Event()
        self.release = anyio.Event()
        self.open = 0

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if self.hold and self.hold in request.url.path:
            self.arrived.set()
            await self.release.wait()
        response = await self.inner.handle_async_request(request)
        self.open += 1
        gate = self

        class _Stream(httpx2.AsyncByteStream):
            async def __aiter__(self) -> AsyncIterator[bytes]:
                async for chunk in response.stream:  # type: ignore[union-attr]
                    yield chunk

            async def aclose(self) -> None:
                gate.open -= 1
                await response.aclose()

        return httpx2.Response(response.status_code, headers=response.headers, stream=_Stream(), request=request)


async def test_cancelling_during_a_token_request_leaves_the_client_usable(scenario: Scenario, stack: str) -> None:
    sandbox = scenario.sandbox(seed=16)
    user = _retail(sandbox)
    gate = _Gate(scenario.transport(sandbox), hold="/oauth2/")
    client = scenario.client(sandbox, host_user_id=user.host_user_id, http_client=httpx2.AsyncClient(transport=gate))
    async with client as cd:
        with anyio.move_on_after(30) as guard:  # a deadlock would trip this, not hang the suite
            async with anyio.create_task_group() as tg:
                tg.start_soon(cd.core_banking.list_accounts_v1)
                tg.start_soon(cd.core_banking.list_accounts_v1)
                await gate.arrived.wait()
                tg.cancel_scope.cancel()
            gate.hold = ""
            gate.release.set()
            accounts = await cd.core_banking.list_accounts_v1()
        assert not guard.cancelled_caught
        assert accounts.accounts
    assert gate.open == 0


async def test_cancelling_a_paginated_walk_leaves_the_client_usable(scenario: Scenario, stack: str) -> None:
    sandbox = scenario.sandbox(seed=16, transactions_per_account=600)
    user = _retail(sandbox)
    account_id = sandbox.world.accounts_of(user)[0].data["id"]
    gate = _Gate(scenario.transport(sandbox), hold="")
    client = scenario.client(sandbox, host_user_id=user.host_user_id, http_client=httpx2.AsyncClient(transport=gate))
    async with client as cd:
        pages = 0
        with anyio.move_on_after(30) as guard:
            async with anyio.create_task_group() as tg:
                scope = anyio.CancelScope()

                async def cancel_when_held() -> None:
                    await gate.arrived.wait()
                    scope.cancel()

                tg.start_soon(cancel_when_held)
                with scope:
                    walk = paginate(cd.core_banking.list_account_transactions_v1, account_id=account_id).with_options(
                        page_size=100
                    )
                    async for _ in walk.pages():
                        pages += 1
                        if pages == 2:
                            gate.hold = "/transactions"  # the walk's third page request is held, then cancelled
            gate.hold = ""
            gate.release.set()
            every = [
                t
                async for t in paginate(
                    cd.core_banking.list_account_transactions_v1, account_id=account_id
                ).with_options(page_size=100)
            ]
        assert not guard.cancelled_caught
        assert scope.cancelled_caught and pages == 2
        assert len(every) == 600
    assert gate.open == 0


# ---------------------------------------------------------------- hostile responses


def _hostile(body: bytes, content_type: str, status: int = 200, **headers: str) -> httpx2.MockTransport:
    def handle(request: httpx2.Request) -> httpx2.Response:
        if request.url.path.startswith("/oauth2"):
            return httpx2.Response(200, json={"access_token": "tok-hostile-0001", "expires_in": 1800})
        if request.url.path == "/v1/oauth/token":
            token = b"<token><access_token>tok-hostile-v1</access_token><expires_in>1800</expires_in></token>"
            return httpx2.Response(200, content=token, headers={"Content-Type": "application/xml"})
        return httpx2.Response(status, content=body, headers={"Content-Type": content_type, **headers})

    return httpx2.MockTransport(handle)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><Status><code>&lol3;</code></Status>'
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Status><code>&x;</code></Status>'
)

HOSTILE = {
    "truncated JSON": (b'{"accounts": [{"id": "A1", ', "application/json"),
    "HTML instead of JSON": (b"<html><body>Gateway</body></html>", "text/html"),
    "JSON of the wrong shape": (b'{"accounts": "not a list"}', "application/json"),
    "not JSON at all": (b"\x00\xff\xfe garbage", "application/json"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
async def test_malformed_bodies_are_typed_errors_that_keep_the_bytes(scenario: Scenario, case: str) -> None:
    body, content_type = HOSTILE[case]
    sandbox = scenario.sandbox(seed=17)
    client = scenario.client(
        sandbox, host_user_id="HU-1", http_client=httpx2.AsyncClient(transport=_hostile(body, content_type))
    )
    async with client as cd:
        with pytest.raises(APIResponseValidationError) as caught:
            await cd.core_banking.list_accounts_v1()
    scenario.errors.append(caught.value)
    assert caught.value.body == body and caught.value.status_code == 200 and caught.value.trace_id


async def _chunks(data: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(data), 65536):
        yield data[start : start + 65536]


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
async def test_huge_bodies_are_refused_without_being_buffered(scenario: Scenario, declared: bool) -> None:
    sandbox = scenario.sandbox(seed=17)
    huge = b'{"accounts": [' + b'{"id": "A"},' * 200_000 + b"]}"

    def handle(request: httpx2.Request) -> httpx2.Response:
        if request.url.path.startswith("/oauth2"):
            return httpx2.Response(200, json={"access_token": "tok-hostile-0002", "expires_in": 1800})
        if declared:
            return httpx2.Response(200, content=huge, headers={"Content-Type": "application/json"})
        return httpx2.Response(200, content=_chunks(huge), headers={"Content-Type": "application/json"})

    transport: Any = httpx2.MockTransport(handle)
    client = scenario.client(sandbox, host_user_id="HU-1", http_client=httpx2.AsyncClient(transport=transport))
    client._transport.max_response_bytes = 1_000_000
    async with client as cd:
        with pytest.raises(APIResponseValidationError, match="over 1000000 bytes") as caught:
            await cd.core_banking.list_accounts_v1()
    scenario.errors.append(caught.value)
    assert caught.value.body == b""


@pytest.mark.parametrize("document", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["entity expansion", "external entity"])
async def test_hostile_xml_is_refused(scenario: Scenario, document: bytes) -> None:
    sandbox = scenario.sandbox(seed=17)
    transport = _hostile(document, "application/xml")
    client = scenario.client(sandbox, host_user_id="HU-1", http_client=httpx2.AsyncClient(transport=transport))
    async with client as cd:
        with pytest.raises(APIResponseValidationError, match="malformed XML") as caught:
            await cd.customer_management.get_customer_v2(INSTITUTION_ID, "HU-1")
    scenario.errors.append(caught.value)
    assert b"passwd" not in str(caught.value).encode()


async def test_unknown_enum_values_and_extra_fields_are_tolerated(scenario: Scenario) -> None:
    sandbox = scenario.sandbox(seed=17)
    user = _retail(sandbox)
    real = sandbox.world.accounts_of(user)[0].data
    import json

    body = json.dumps(
        {"accounts": [{**real, "category": "CRYPTO_VAULT", "brandNewField": {"x": 1}}]}, default=str
    ).encode()
    client = scenario.client(
        sandbox, host_user_id="HU-1", http_client=httpx2.AsyncClient(transport=_hostile(body, "application/json"))
    )
    async with client as cd:
        accounts = await cd.core_banking.list_accounts_v1()
    account = accounts.accounts[0]
    assert account.category == "CRYPTO_VAULT"
    assert account.additional_properties["brandNewField"] == {"x": 1}


# ---------------------------------------------------------------- fuzzed input: refused before sending

unsafe_ids = st.one_of(
    # Built to contain a separator rather than filtered for one, so hypothesis never runs dry.
    st.builds(lambda head, sep, tail: head + sep + tail, st.text(), st.sampled_from(["/", "\\"]), st.text()),
    st.sampled_from(["..", ".", "", "../admin", "a/../../b", "%2e%2e", "a//b"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(account_id=unsafe_ids)
async def test_ids_that_would_change_the_path_never_reach_the_server(scenario: Scenario, account_id: str) -> None:
    sent: list[str] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        sent.append(request.url.path)
        return httpx2.Response(200, json={"access_token": "tok-fuzz-0001", "expires_in": 1800})

    sandbox = scenario.sandbox(seed=18)
    transport = httpx2.MockTransport(handle)
    client = scenario.client(sandbox, host_user_id="HU-1", http_client=httpx2.AsyncClient(transport=transport))
    async with client as cd:
        with pytest.raises(ValidationError):
            await cd.core_banking.get_account_by_id_v1(account_id)
    assert not [path for path in sent if not path.startswith("/oauth2")]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    amount=st.one_of(
        st.floats(allow_nan=True),
        st.sampled_from([Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")]),
        st.decimals(max_value=0, allow_nan=False, allow_infinity=False),
        # Positive with a third decimal place: 1 to 9 thousandths on top of any cent amount.
        st.builds(
            lambda cents, mills: Decimal(cents).scaleb(-2) + Decimal(mills).scaleb(-3),
            st.integers(0, 10**9),
            st.integers(1, 9),
        ),
        st.text(max_size=8),
    )
)
def test_bad_amounts_are_refused(amount: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        TransferRequest.internal("A", "B", amount)
    assert caught.value.rule in ("TFR_10020", "TFR_10021")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text())
def test_filter_strings_cannot_break_out(value: str) -> None:
    rendered = ACCOUNTS.filter(F.name == value)
    assert rendered == "name eq '" + value.replace("'", "''") + "'"


# ---------------------------------------------------------------- lossless filtered walks

_FILTERED = Sandbox(seed=11, transactions_per_account=587)
_FILTERED_USER = next(iter(_FILTERED.world.users.values()))
_FILTERED_ACCOUNT = _FILTERED.world.accounts_of(_FILTERED_USER)[0].data["id"]
_EVERYTHING: dict[str, Any] = {}  # the unfiltered walk, made once


async def _walk(cd: CandescentClient, page_size: int, **filters: Any) -> list[str]:
    method = cd.core_banking.list_account_transactions_v1
    return [
        t.id async for t in paginate(method, account_id=_FILTERED_ACCOUNT, **filters).with_options(page_size=page_size)
    ]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    page_size=st.integers(min_value=1, max_value=250),
    credit=st.sampled_from([None, True, False]),
    text=st.sampled_from([None, "payroll", "pub", "a", "zz-no-match"]),
)
async def test_a_filtered_walk_yields_exactly_what_filtering_an_unfiltered_walk_does(
    page_size: int, credit: bool | None, text: str | None
) -> None:
    # The platform filters each $skip/$top window after cutting it: pages shrink (or are empty)
    # mid-walk, and the walk must go on to the end the pagination metadata gives.
    async with _FILTERED.client(host_user_id=_FILTERED_USER.host_user_id) as cd:
        if not _EVERYTHING:
            method = cd.core_banking.list_account_transactions_v1
            _EVERYTHING.update(
                {t.id: t async for t in paginate(method, account_id=_FILTERED_ACCOUNT).with_options(page_size=250)}
            )
        everything = _EVERYTHING
        filters: dict[str, Any] = {}
        if credit is not None:
            filters["is_credit_transaction"] = credit
        if text is not None:
            filters["filter_"] = TRANSACTIONS.filter(F.description.tolower().contains(text))
        walked = await _walk(cd, page_size, **filters)
    expected = [
        i
        for i, t in everything.items()
        if (credit is None or t.is_credit_transaction is credit)
        and (text is None or text in (t.description or "").lower())
    ]
    TALLY.filtered_walks += 1
    TALLY.items_lost += len(set(expected) - set(walked))
    assert walked == expected
    assert len(everything) == 587


# ---------------------------------------------------------------- token failures are single-flight


async def test_two_hundred_cold_callers_with_a_wrong_secret_share_one_failed_token_request(
    scenario: Scenario, stack: str
) -> None:
    sandbox = scenario.sandbox(seed=3)
    user = next(iter(sandbox.world.users.values()))
    cd = scenario.client(sandbox, host_user_id=user.host_user_id, client_secret="not-the-secret")
    failures: list[BaseException] = []

    async def call() -> None:
        try:
            await cd.core_banking.list_accounts_v1()
        except APIStatusError as exc:
            failures.append(exc)

    async with cd, anyio.create_task_group() as tg:
        for _ in range(200):
            tg.start_soon(call)
    scenario.errors.extend(failures[:1])
    requests = sandbox.calls["createAccessTokenV2"]
    TALLY.coalesced.append((requests, len(failures)))
    assert len(failures) == 200
    assert requests == 1
    assert sandbox.calls["listAccountsV1"] == 0


async def test_a_token_503_is_retried_once_for_every_waiter_and_no_caller_fails(scenario: Scenario, stack: str) -> None:
    sandbox = scenario.sandbox(seed=3)
    user = _retail(sandbox)
    sandbox.faults.add("createAccessTokenV2", Fault.status_code(503))
    cd = scenario.client(sandbox, host_user_id=user.host_user_id)
    async with cd, anyio.create_task_group() as tg:
        for _ in range(100):
            tg.start_soon(cd.core_banking.list_accounts_v1)
    assert sandbox.calls["createAccessTokenV2"] == 2  # the 503, then one grant for all 100
    assert sandbox.calls["listAccountsV1"] == 100
    assert cd.slept  # type: ignore[attr-defined]  # the client's backoff, once
