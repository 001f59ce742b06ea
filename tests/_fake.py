"""A tiny scripted platform on httpx2.MockTransport, for facade tests that need exact control.

(The embedded sandbox is the realistic fake; this one lets a test script each response.)
"""

from __future__ import annotations

import base64
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx2

from candescent_async import CandescentClient

BASE_URL = "https://api.sandbox.candescent.com"
CLIENT_ID = "test-client"
CLIENT_SECRET = "s3cr3t-client-secret-value"
PASSWORD = "hunter2-password-value"

Responder = Callable[[httpx2.Request], httpx2.Response]


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx2.Response:
    return httpx2.Response(
        status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json", **(headers or {})}
    )


@dataclass
class FakePlatform:
    """Issues tokens, checks bearer tokens, and answers scripted routes; records everything."""

    token_lifetime: str | None = "1799"
    refresh_lifetime: str = "3600"
    requests: list[httpx2.Request] = field(default_factory=list)
    token_requests: list[dict[str, str]] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)
    valid_tokens: set[str] = field(default_factory=set)
    routes: dict[tuple[str, str], list[Responder]] = field(default_factory=dict)
    token_failures: list[httpx2.Response] = field(default_factory=list)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def on(self, method: str, path: str, *responders: Responder) -> None:
        """Answer ``method path`` with each responder in turn (the last one repeats)."""
        self.routes[(method.upper(), path)] = list(responders)

    def expire_tokens(self) -> None:
        self.valid_tokens.clear()

    def calls(self, method: str, path: str) -> list[httpx2.Request]:
        return [r for r in self.requests if r.method == method and r.url.path == path]

    def handler(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        path = request.url.path
        if path in ("/oauth2/v1/token", "/v1/oauth/token"):
            return self._token(request, v1=path == "/v1/oauth/token")
        if path == "/oauth2/v1/revoke":
            form = dict(httpx2.QueryParams(request.content.decode()))
            self.revoked.append(form.get("token", ""))
            self.valid_tokens.discard(form.get("token", ""))
            return httpx2.Response(204)
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or auth.removeprefix("Bearer ") not in self.valid_tokens:
            return json_response(401, {"code": "CMN_90001", "message": "Invalid or expired token"})
        responders = self.routes.get((request.method, path))
        if not responders:
            return json_response(404, {"code": "CMN_90404", "message": f"no route {request.method} {path}"})
        responder = responders.pop(0) if len(responders) > 1 else responders[0]
        return responder(request)

    def _token(self, request: httpx2.Request, *, v1: bool) -> httpx2.Response:
        expected = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if request.headers.get("Authorization") != expected:
            return json_response(401, {"code": "CMN_90001", "message": "bad client credentials"})
        form = dict(httpx2.QueryParams(request.content.decode()))
        self.token_requests.append(form)
        if self.token_failures:
            return self.token_failures.pop(0)
        token = f"tok-{next(self._ids)}"
        self.valid_tokens.add(token)
        if v1:
            xml = (
                f"<token><di_fiid>01234</di_fiid><access_token>{token}</access_token>"
                "<expires_in>1800</expires_in></token>"
            )
            return httpx2.Response(200, content=xml.encode(), headers={"Content-Type": "application/xml"})
        body: dict[str, Any] = {"access_token": token, "token_type": "Bearer"}
        if self.token_lifetime is not None:
            body["expires_in"] = self.token_lifetime
        if form.get("grant_type") in ("password", "refresh_token"):
            body["refresh_token"] = f"refresh-{next(self._ids)}"
            body["refresh_token_expires_in"] = self.refresh_lifetime
        return json_response(200, body)


def make_client(platform: FakePlatform, **kwargs: Any) -> CandescentClient:
    """A client wired to ``platform`` whose retry sleeps are recorded instead of slept."""
    options: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "institution_id": "01234",
        "base_url": BASE_URL,
        "http_client": httpx2.AsyncClient(transport=httpx2.MockTransport(platform.handler)),
    }
    options.update(kwargs)
    client = CandescentClient(**options)
    client.slept = []  # type: ignore[attr-defined]

    async def fake_sleep(seconds: float) -> None:
        client.slept.append(seconds)  # type: ignore[attr-defined]

    client._transport._sleep = fake_sleep
    return client
