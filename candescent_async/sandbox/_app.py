"""The sandbox ASGI app: routing from the operation registry, platform-style auth and header
enforcement, fault injection, and dispatch to per-category handlers."""

from __future__ import annotations

import base64
import itertools
import math
import re
import secrets
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio
import httpx2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, request_response

from .. import _json
from .._registry import CATEGORIES, Operation, _category_table
from .._xml import XMLError, parse_xml, to_xml
from ._faults import Fault, FaultPlan
from ._state import INSTITUTION_ID, User, World, build_world

if TYPE_CHECKING:
    from .._blocking import BlockingCandescentClient
    from .._client import CandescentClient

__all__ = [
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "WIRE_OBSERVERS",
    "Ctx",
    "Reply",
    "Sandbox",
    "TokenInfo",
    "WireObserver",
    "as_object",
    "handler",
]

DEMO_CLIENT_ID = "sandbox-client-id"
DEMO_CLIENT_SECRET = "sandbox-client-secret"
FAULT_HEADER = "x-sandbox-fault"


@dataclass
class TokenInfo:
    value: str
    kind: str  # "v2" | "v1"
    grant: str
    expires_at: float
    user: User | None = None
    refresh_token: str | None = None
    revoked: bool = False


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None


@dataclass
class Ctx:
    """What a handler sees: the matched operation, parsed inputs, the caller and the world."""

    sandbox: Sandbox
    op: Operation
    request: Request
    path: dict[str, str]
    body: Any
    token: TokenInfo | None
    user: User | None

    @property
    def world(self) -> World:
        return self.sandbox.world

    @property
    def query(self) -> Any:
        return self.request.query_params

    def param(self, name: str, default: str | None = None) -> str | None:
        where = self.op.context_params.get(name, "query")
        source = self.request.headers if where == "header" else self.request.query_params
        value = source.get(name)
        return value if value not in (None, "") else default

    def ok(self, body: Any = None, status: int = 200, **headers: str) -> Reply:
        return Reply(status, body, dict(headers))

    def error(self, status: int, code: str, message: str) -> Reply:
        return self.sandbox.error_reply(self.op, status, code, message)


Handler = Callable[[Ctx], Awaitable[Reply]]
HANDLERS: dict[str, Handler] = {}


def handler(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the sandbox implementation of ``operation_id``."""

    def register(fn: Handler) -> Handler:
        HANDLERS[operation_id] = fn
        return fn

    return register


def _route_regex(template: str) -> re.Pattern[str]:
    out, names = [], itertools.count()
    for part in re.split(r"(\{[^}]+\})", template):
        if part.startswith("{"):
            name = part[1:-1]
            wide = name.lower().endswith("resourcepath")
            out.append(f"(?P<p{next(names)}>{'(?s:.+)' if wide else '[^/]+'})")
        else:
            out.append(re.escape(part))
    return re.compile("".join(out))


class Sandbox:
    """A stateful local Candescent platform. ``in_process`` controls how network faults are faked."""

    def __init__(
        self,
        *,
        seed: int = 0,
        token_lifetime: float = 1800.0,
        transactions_per_account: int = 2500,
        in_process: bool = True,
        clock: Callable[[], float] = time.time,
    ) -> None:
        from . import handlers  # noqa: F401 - registers every category's handlers

        self.world = build_world(seed, transactions_per_account=transactions_per_account)
        self.token_lifetime = token_lifetime
        self.in_process = in_process
        self.clock = clock
        self.tokens: dict[str, TokenInfo] = {}
        self.refresh_tokens: dict[str, TokenInfo] = {}
        self.token_requests: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self._routes = self._build_routes()
        operations = [route[3] for route in self._routes]
        self.faults = FaultPlan(
            names={name: op.operation_id for op in operations for name in (op.operation_id, op.name)}
        )
        self.app = Starlette(
            routes=[
                Route("/_sandbox/faults", self._admin_faults, methods=["POST", "DELETE"]),
                Route("/_sandbox/state", self._admin_state, methods=["GET"]),
            ]
        )
        # Everything else is the platform. Not a catch-all Route: Starlette's path convertor stops at
        # a newline (a decoded %0A), and such a request would get Starlette's text/plain 404.
        self.app.router.default = request_response(self._dispatch)

    # ------------------------------------------------------------------ in-process wiring

    def transport(self) -> httpx2.AsyncBaseTransport:
        """An httpx transport that runs the app in-process, fakes network faults and honours timeouts."""
        return _SandboxTransport(self)

    def client(self, **kwargs: Any) -> CandescentClient:
        """A ``CandescentClient`` wired to this sandbox (demo credentials unless overridden)."""
        from .._client import CandescentClient

        options: dict[str, Any] = {
            "client_id": DEMO_CLIENT_ID,
            "client_secret": DEMO_CLIENT_SECRET,
            "institution_id": INSTITUTION_ID,
            "base_url": "http://sandbox.local",
            "allow_insecure_base_url": True,
            "http_client": httpx2.AsyncClient(transport=self.transport()),
        }
        options.update(kwargs)
        return CandescentClient(**options)

    def blocking_client(self, **kwargs: Any) -> BlockingCandescentClient:
        """A ``BlockingCandescentClient`` wired to this sandbox, for scripts and notebooks."""
        from .._blocking import BlockingCandescentClient

        return BlockingCandescentClient._wrap(lambda: self.client(**kwargs))

    # ------------------------------------------------------------------ tokens

    def issue_token(self, kind: str, grant: str, user: User | None) -> TokenInfo:
        info = TokenInfo(
            value=secrets.token_urlsafe(24),
            kind=kind,
            grant=grant,
            expires_at=self.clock() + self.token_lifetime,
            user=user,
        )
        if kind == "v2" and grant in ("password", "refresh_token"):
            info.refresh_token = secrets.token_urlsafe(24)
            self.refresh_tokens[info.refresh_token] = info
        self.tokens[info.value] = info
        self.token_requests[f"{kind}:{grant}"] += 1
        return info

    def basic_ok(self, request: Request) -> bool:
        expected = "Basic " + base64.b64encode(f"{DEMO_CLIENT_ID}:{DEMO_CLIENT_SECRET}".encode()).decode()
        return secrets.compare_digest(request.headers.get("authorization", ""), expected)

    def _bearer(self, request: Request, kind: str) -> TokenInfo | None:
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer "):
            return None
        info = self.tokens.get(auth.removeprefix("Bearer ").strip())
        if info is None or info.revoked or info.kind != kind or info.expires_at <= self.clock():
            return None
        return info

    # ------------------------------------------------------------------ errors

    def error_reply(self, op: Operation, status: int, code: str, message: str) -> Reply:
        if op.wire_format == "xml" and ERROR_FAMILIES.get(op.operation_id) == "xml-error-response":
            # The legacy subscription services document <ErrorResponse><code/><message/></ErrorResponse>.
            return Reply(status, {"code": code, "message": message}, content_type="error-response-xml")
        if op.wire_format == "xml":
            body = {
                "statusMessage": message,
                "errorInfo": [
                    {
                        "errorType": "USER_ERROR" if status < 500 else "SYSTEM_ERROR",
                        "errorCode": code,
                        "errorMessage": message,
                    }
                ],
            }
            return Reply(status, body, content_type="status-xml")
        family = ERROR_FAMILIES.get(op.operation_id, "plain")
        if family == "status":
            return Reply(status, {"status": status, "code": code, "message": message})
        if family == "details":
            return Reply(status, {"code": code, "message": message, "details": []})
        if family == "user":
            return Reply(status, {"userMessage": message})
        return Reply(status, {"code": code, "message": message})

    # ------------------------------------------------------------------ dispatch

    def _build_routes(self) -> list[tuple[re.Pattern[str], str, list[str], Operation]]:
        routes = []
        for category in CATEGORIES:
            try:
                table = _category_table(category)
            except ImportError:
                continue
            for op in table.values():
                names = re.findall(r"\{([^}]+)\}", op.path)
                routes.append((_route_regex(op.path), op.method, names, op))
        # The most literal template wins (`/v1/customers/{id}:accounts` before `/v1/customers/{id}`).
        routes.sort(key=lambda r: -len(re.sub(r"\{[^}]+\}", "", r[3].path)))
        return routes

    def match(
        self, method: str, path: str, headers: Mapping[str, str] | None = None
    ) -> tuple[Operation, dict[str, str]] | None:
        """The operation for a request; same-shaped templates (MX) are told apart by ROUTE_SELECTORS."""
        candidates = []
        for regex, op_method, names, op in self._routes:
            if op_method != method:
                continue
            found = regex.fullmatch(path)
            if found:
                candidates.append((op, {name: found.group(f"p{i}") for i, name in enumerate(names)}))
        if len(candidates) > 1 and headers is not None:
            chosen = [c for c in candidates if (pick := ROUTE_SELECTORS.get(c[0].operation_id)) and pick(headers)]
            candidates = chosen or candidates
        return candidates[0] if candidates else None

    async def _dispatch(self, request: Request) -> Response:
        # The decoded path as sent: request.url.path re-parses it, and URL parsing drops CR, LF and tab.
        path = request.scope["path"]
        matched = self.match(request.method, path, request.headers)
        if matched is None:
            return _json_response(404, {"code": "CMN_90404", "message": f"No resource at {request.method} {path!r}"})
        op, path_params = matched
        self.calls[op.operation_id] += 1
        reply = await self._handle(op, path_params, request)
        return self._render(op, reply)

    async def _handle(self, op: Operation, path_params: dict[str, str], request: Request) -> Reply:
        trace = request.headers.get(op.trace_header)
        if not trace or not _is_uuid(trace):
            return self.error_reply(op, 400, "CMN_90008", f"Missing or invalid {op.trace_header} header")
        token: TokenInfo | None = None
        if op.token == "client-basic":
            if not self.basic_ok(request):
                return self.error_reply(op, 401, "CMN_90001", "Invalid client credentials")
        elif op.token in ("v1", "v2"):
            token = self._bearer(request, op.token)
            if token is None:
                status, code = AUTH_FAILURE.get(op.operation_id, (401, "CMN_90001"))
                return self.error_reply(op, status, code, "Invalid, expired or revoked access token")
        user = token.user if token else None
        if op.context_params:
            where = op.context_params
            host = (request.headers if where.get("hostUserId") == "header" else request.query_params).get("hostUserId")
            login = (request.headers if where.get("loginId") == "header" else request.query_params).get("loginId")
            if host and login:
                return self.error_reply(op, 400, "CMN_90010", "hostUserId and loginId are mutually exclusive")
            if token is not None and token.grant == "client_credentials" and (host or login):
                user = self.world.find_user(host_user_id=host, login_id=login)
                if user is None:
                    status, code = USER_NOT_FOUND.get(op.operation_id, (400, "CMN_90016"))
                    return self.error_reply(op, status, code, "User not found")
            if (
                op.user_context == "required"
                and token is not None
                and token.grant == "client_credentials"
                and user is None
            ):
                return self.error_reply(op, 400, "CMN_90010", "hostUserId or loginId is required")
        try:
            body = await _read_body(request)
        except ValueError as exc:
            return self.error_reply(op, 400, "CMN_90011", f"Malformed request body: {exc}")

        fault = self.faults.take(op.operation_id)
        if fault is not None and not fault.after_processing:
            return await self._fault_reply(op, fault)
        implementation = HANDLERS.get(op.operation_id)
        if implementation is None:
            return self.error_reply(op, 501, "SBX_00501", f"{op.operation_id} is not implemented by the sandbox")
        reply = await implementation(Ctx(self, op, request, path_params, body, token, user))
        if fault is not None:
            return await self._fault_reply(op, fault)
        return reply

    async def _fault_reply(self, op: Operation, fault: Fault) -> Reply:
        reply = await self._fault_body(op, fault)
        reply.headers[FAULT_HEADER] = fault.kind
        return reply

    async def _fault_body(self, op: Operation, fault: Fault) -> Reply:
        if fault.kind == "status":
            reply = self.error_reply(
                op, fault.status, "CMN_90000" if fault.status != 429 else "CMN_90429", "Injected fault"
            )
            if fault.retry_after is not None:
                reply.headers["Retry-After"] = fault.retry_after
            if fault.status == 500 and fault.retry_after == "quota":
                reply.headers.pop("Retry-After")
                reply.body = {
                    "fault": {
                        "faultstring": "Rate limit quota violation. Quota limit exceeded.",
                        "detail": {"errorcode": "policies.ratelimit.QuotaViolation"},
                    }
                }
            return reply
        if fault.kind == "malformed":
            return Reply(200, b'{"truncated": [{"id": "', content_type="application/json")
        if self.in_process:
            return Reply(200, b"", headers={FAULT_HEADER: fault.kind})
        if fault.kind == "hang":
            await anyio.sleep_forever()
        raise _DropConnection

    def _render(self, op: Operation, reply: Reply) -> Response:
        headers = dict(reply.headers)
        if isinstance(reply.body, bytes):
            return Response(reply.body, reply.status, headers, media_type=reply.content_type)
        if reply.body is None:
            return Response(b"", reply.status, headers)
        if reply.content_type and "/" in reply.content_type:  # a chosen media type (the MX vendor types)
            base = reply.content_type.split(";")[0].strip().lower()
            if base.endswith("+xml") or base.endswith("/xml"):
                data = reply.body if isinstance(reply.body, dict) else {"item": reply.body}
                root, inner = next(iter(data.items())) if len(data) == 1 else ("response", data)
                body = to_xml(str(root), inner if isinstance(inner, dict) else {"value": inner})
                return Response(body, reply.status, headers, media_type=reply.content_type)
            return Response(_json.dumps(reply.body), reply.status, headers, media_type=reply.content_type)
        if op.wire_format == "xml":
            if reply.content_type == "status-xml":
                root = "Status"
            elif reply.content_type == "error-response-xml":
                root = "ErrorResponse"
            else:
                root = str((op.xml or {}).get("response_root") or "response")
            data = reply.body if isinstance(reply.body, dict) else {"item": reply.body}
            return Response(to_xml(root, data), reply.status, headers, media_type="application/xml")
        return Response(_json.dumps(reply.body), reply.status, headers, media_type="application/json")

    # ------------------------------------------------------------------ admin (served mode)

    async def _admin_faults(self, request: Request) -> Response:
        """``POST``: queue a fault (body in the README); ``DELETE``: clear every pending fault."""
        if request.method == "DELETE":
            self.faults.clear()
            return Response(status_code=204)
        try:
            data = _json.loads(await request.body())
        except ValueError:
            return _admin_error('the body must be a JSON object such as {"operation": ..., "kind": ...}')
        if not isinstance(data, dict):
            return _admin_error('the body must be a JSON object such as {"operation": ..., "kind": ...}')
        operation = data.pop("operation", None)
        if not isinstance(operation, str) or not operation:
            return _admin_error("operation is required: an operationId such as getAccountByIdV1")
        try:
            self.faults.add(operation, Fault.from_dict(data))
        except ValueError as exc:
            return _admin_error(str(exc))
        return Response(status_code=204)

    async def _admin_state(self, request: Request) -> Response:
        return _json_response(
            200,
            {
                "transfers": len(self.world.transfers),
                "recipients": len(self.world.recipients),
                "token_requests": dict(self.token_requests),
                "faults_injected": self.faults.total_injected,
                "calls": dict(self.calls),
            },
        )


# Operations whose errors use a non-default body shape (see specs' error schemas).
ERROR_FAMILIES: dict[str, str] = {}
# A missing, expired, revoked or wrong-version token: operationId -> (status, code). 401 unless the
# operation documents none (the UXU and e-statement services answer 400 for a bad JWT).
AUTH_FAILURE: dict[str, tuple[int, str]] = {}
# A user context (hostUserId/loginId) naming no user: operationId -> (status, code). The platform
# answers 400 (invalid user) unless the operation documents a 404 for it, as accounts do.
USER_NOT_FOUND: dict[str, tuple[int, str]] = {}
# For templates of the same shape: operationId -> does this request belong to it (e.g. by ext_host)?
ROUTE_SELECTORS: dict[str, Callable[[Mapping[str, str]], bool]] = {}

WireObserver = Callable[["Sandbox", httpx2.Request, httpx2.Response], None]
# Called with every in-process exchange (the request as sent, the answer fully read, before a faked
# network fault is raised from it): the seam the test suite uses to validate all traffic against the
# platform's contract. An injected fault's answer carries the FAULT_HEADER naming its kind.
WIRE_OBSERVERS: list[WireObserver] = []


class _DropConnection(Exception):
    """Raised inside the served app to make the server abort the response."""


ASGIApp = Callable[[dict[str, Any], Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]


def with_real_drops(app: Any) -> ASGIApp:
    """``app`` for a real server, where a drop fault closes the connection with no answer at all.

    Inside the app the drop is an exception, which Starlette answers with a 500 before the server sees
    it (an answer, unlike a reset). So the wrapper holds the app's messages until it is done, discards
    them on a drop and aborts the connection through uvicorn's request cycle (the ``send`` callable is
    its bound method); with another server the exception propagates (that server's own error answer).
    """

    async def serve(scope: dict[str, Any], receive: Callable[[], Awaitable[Any]], send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        held: list[Any] = []

        async def hold(message: Any) -> None:
            held.append(message)

        try:
            await app(scope, receive, hold)
        except _DropConnection:
            cycle: Any = getattr(send, "__self__", None)
            transport = getattr(cycle, "transport", None)
            if transport is None:
                raise
            transport.abort()
            cycle.disconnected = True  # uvicorn: the client is gone, so no 500 is written for it
            return
        for message in held:
            await send(message)

    return serve


def as_object(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one: a wrongly typed field reads as absent."""
    return value if isinstance(value, dict) else {}


def _json_response(status: int, body: Any) -> Response:
    return Response(_json.dumps(body), status, media_type="application/json")


def _admin_error(reason: str) -> Response:
    return _json_response(400, {"code": "SBX_00400", "message": reason})


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


async def _read_body(request: Request) -> Any:
    raw = await request.body()
    if not raw:
        return None
    content_type = request.headers.get("content-type", "")
    if "json" in content_type:
        try:
            return _json.loads(raw)
        except ValueError as exc:
            raise ValueError("invalid JSON") from exc
    if "xml" in content_type:
        try:
            document = parse_xml(raw)
        except XMLError as exc:
            raise ValueError(str(exc)) from exc
        return next(iter(document.values()))
    if "x-www-form-urlencoded" in content_type:
        return dict(httpx2.QueryParams(raw.decode()))
    if "multipart/form-data" in content_type:
        return {"_multipart": raw, "_content_type": content_type}
    return raw


class _SandboxTransport(httpx2.AsyncBaseTransport):
    """ASGITransport plus faked network faults: a marked response becomes a read error or timeout.

    The app has already run (or not) by the time the fault surfaces, exactly as with a real
    connection that breaks after the server received the request.
    """

    def __init__(self, sandbox: Sandbox) -> None:
        self._sandbox = sandbox
        self._inner = httpx2.ASGITransport(app=sandbox.app)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        # The request's read timeout bounds the whole exchange: httpx's ASGITransport has no timeouts,
        # so an app that stalls (a served-mode hang, a slow handler) would otherwise wait forever.
        read = (request.extensions.get("timeout") or {}).get("read")
        with anyio.move_on_after(math.inf if read is None else read) as scope:
            response = await self._inner.handle_async_request(request)
            if WIRE_OBSERVERS:
                await request.aread()
                await response.aread()  # in-process the body is already complete: nothing streams
                for observe in list(WIRE_OBSERVERS):
                    observe(self._sandbox, request, response)
            fault = response.headers.get(FAULT_HEADER)
            if fault == "hang":
                await response.aclose()
                if read is None:  # no read timeout: a hung server is waited for, as on a network
                    await anyio.sleep_forever()
                # The timeout this hang would end in, without waiting for it to pass.
                raise httpx2.ReadTimeout("sandbox: injected read timeout", request=request)
        if scope.cancelled_caught:
            raise httpx2.ReadTimeout(f"sandbox: no response within the {read} s read timeout", request=request)
        if fault == "drop":
            await response.aclose()
            raise httpx2.RemoteProtocolError("sandbox: injected connection reset", request=request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
