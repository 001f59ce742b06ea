"""MX gateway passthroughs: echo answers per MX API, chosen by ext_host as the gateway does."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from .._app import ROUTE_SELECTORS, Ctx, Reply, handler

_HOSTS = {
    "platform": ("api.mx.com", "int-api.mx.com"),
    "realtime": ("live.moneydesktop.com", "int-live.moneydesktop.com"),
    "reporting": ("logs.moneydesktop.com", "int-logs.moneydesktop.com"),
    "sso": ("sso.moneydesktop.com", "int-sso.moneydesktop.com"),
}
_OPS = {
    "platform": ("getMxPlatformProxyV1", "postMxPlatformProxyV1", "putMxPlatformProxyV1", "deleteMxPlatformProxyV1"),
    "realtime": ("getMxRealTimeProxyV1", "postMxRealTimeProxyV1", "putMxRealTimeProxyV1", "deleteMxRealTimeProxyV1"),
    "reporting": ("getMXReportingProxyV1",),
    "sso": ("getMxSsoProxyV1", "postMxSsoProxyV1", "deleteMxSsoProxyV1"),
}


# The media types the platform lists per MX API (answers and request bodies), first listed first.
_MEDIA = {
    "platform": ("application/vnd.mx.api.v1+json", "application/json"),
    "realtime": ("application/vnd.moneydesktop.mdx.v5+json", "application/vnd.moneydesktop.mdx.v5+xml"),
    "sso": ("application/vnd.moneydesktop.sso.v3+json", "application/vnd.moneydesktop.sso.v3+xml"),
}


def _answer_type(ctx: Ctx, api: str) -> str:
    """The Accept the caller asked for when the API lists it, else the API's first listed type."""
    asked = ctx.request.headers.get("accept", "").split(";")[0].strip()
    return asked if asked in _MEDIA[api] else _MEDIA[api][0]


def _selector(api: str) -> Any:
    def select(headers: Mapping[str, str]) -> bool:
        return headers.get("ext_host", "") in _HOSTS[api]

    return select


for _api, _ops in _OPS.items():
    for _op in _ops:
        ROUTE_SELECTORS[_op] = _selector(_api)


def _checked(ctx: Ctx, api: str) -> Reply | None:
    host = ctx.request.headers.get("ext_host")
    if not host:
        return ctx.error(400, "CMN_90010", "ext_host is required")
    if host not in _HOSTS[api]:
        return ctx.error(400, "CMN_90011", f"Unsupported ext_host {host!r}")
    return None


async def _echo(ctx: Ctx, api: str, status: int = 200) -> Reply:
    problem = _checked(ctx, api)
    if problem:
        return problem
    resource = next(v for k, v in ctx.path.items() if k.lower().endswith("resourcepath"))
    if ctx.request.method == "DELETE":
        return ctx.ok(status=204)
    sent_as = ctx.request.headers.get("content-type", "").split(";")[0].strip()
    if ctx.body is not None and sent_as not in _MEDIA[api]:
        return ctx.error(400, "CMN_90011", f"The request body must be one of {', '.join(_MEDIA[api])}")
    body: dict[str, Any] = {
        "api": api,
        "method": ctx.request.method,
        "resource": resource,
        "ext_host": ctx.request.headers["ext_host"],
    }
    if "institutionId" in ctx.path:
        body["institution_id"] = ctx.path["institutionId"]
    if ctx.body is not None:
        body["echo"] = ctx.body
    if api == "sso" and ctx.request.method == "POST":
        token = hashlib.sha256(resource.encode()).hexdigest()[:24]
        body["widget_url"] = {"type": "master_widget", "url": f"https://int-widgets.moneydesktop.com/md/{token}"}
    answer_type = _answer_type(ctx, api)
    if answer_type.endswith("+xml"):  # MX's XML answers have one root element
        return Reply(status, {"mdx": body}, content_type=answer_type)
    return Reply(status, body, content_type=answer_type)


def _avro_header(schema: dict[str, Any]) -> bytes:
    """A valid, header-only Avro object container file (what MX sends when there is no data)."""

    def long(value: int) -> bytes:
        zigzag, out = (value << 1) ^ (value >> 63), bytearray()
        while zigzag & ~0x7F:
            out.append((zigzag & 0x7F) | 0x80)
            zigzag >>= 7
        out.append(zigzag)
        return bytes(out)

    def text(value: bytes) -> bytes:
        return long(len(value)) + value

    meta = {b"avro.schema": json.dumps(schema).encode(), b"avro.codec": b"null"}
    encoded = b"".join(text(k) + text(v) for k, v in meta.items())
    return b"Obj\x01" + long(len(meta)) + encoded + long(0) + hashlib.md5(b"sandbox", usedforsecurity=False).digest()


@handler("getMXReportingProxyV1")
async def reporting(ctx: Ctx) -> Reply:
    problem = _checked(ctx, "reporting")
    if problem:
        return problem
    parts = ctx.path["mxReportingResourcePath"].split("/")
    if parts[0] == "download" and len(parts) >= 3:
        try:
            day = dt.date.fromisoformat(parts[2])
        except ValueError:
            return ctx.error(400, "MX_400", "The date must be YYYY-MM-DD")
        if (ctx.world.today - day).days > 7:
            return ctx.ok({"error": {"message": "The daily file has expired (files are kept 7 days)."}}, status=410)
    schema = {"type": "record", "name": "Transaction", "fields": [{"name": "guid", "type": "string"}]}
    # Reply(content_type=...), not ctx.ok(..., content_type=...): ok()'s keywords are response headers.
    return Reply(200, _avro_header(schema), content_type="application/vnd.mx.logs.v1+avro")


def _register(api: str, operation_id: str) -> None:
    async def run(ctx: Ctx) -> Reply:
        status = 202 if operation_id == "postMxPlatformProxyV1" and ctx.body is None else 200
        return await _echo(ctx, api, status)

    handler(operation_id)(run)


for _api, _ops in _OPS.items():
    for _op in _ops:
        if _api != "reporting":
            _register(_api, _op)
