"""An httpx2 transport over aiohttp's connection pool: the client's own pool on asyncio.

httpx2 stays the API (requests, responses, timeouts, errors are httpx2's); only the connection
layer underneath is aiohttp's, which costs a fraction of httpcore2's CPU per call and scales with
concurrency. Imported lazily, on the first request made on asyncio, so ``import candescent_async``
does not pay for aiohttp.

What this module guarantees, as the httpcore2 stack does (tests/test_stacks.py checks both):

- **"Not sent" is exact.** Only failures before any byte of the request was written map to
  ``httpx2.ConnectError`` / ``httpx2.ConnectTimeout`` (refused or unreachable host, DNS, TLS
  handshake, waiting for a pool slot or a connection). Everything after, a reset, a disconnect, a
  read timeout, a malformed answer, maps to an error the transport treats as *sent*.
- **aiohttp never re-sends on its own.** aiohttp replays PUT and DELETE on a kept-alive connection
  that the server closed; the platform's PUTs and DELETEs can change state, so that is turned off.
- **Timeouts:** connect -> ``sock_connect``, pool -> ``connect`` (aiohttp's bound on getting a
  connection, pool wait included), read -> ``sock_read`` (between any two reads, as httpcore2). aiohttp
  has no write timeout; a stalled write ends in the read timeout, which runs while it waits.
- **TCP_NODELAY** is set on every connection (aiohttp does it on connect), and connections are kept
  alive for ``Limits.keepalive_expiry`` seconds, at most ``Limits.max_connections`` at once.
- The body is streamed undecoded: httpx2 decodes ``Content-Encoding``, so the transport layer's
  size cap counts decoded bytes on both stacks.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx2
from yarl import URL

from ._transport import Outgoing

__all__ = ["AiohttpTransport"]


def _mapped(exc: BaseException) -> httpx2.TransportError:
    """The httpx2 error for an aiohttp failure; the order matters (subclasses first)."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # pool wait or connect: nothing was written
        return httpx2.ConnectTimeout(message)
    if isinstance(exc, aiohttp.ClientConnectorError):  # refused, unreachable, DNS, TLS handshake
        return httpx2.ConnectError(message)
    if isinstance(exc, TimeoutError):  # SocketTimeoutError (sock_read) and any other: sent
        return httpx2.ReadTimeout(message)
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        return httpx2.RemoteProtocolError(message)
    if isinstance(exc, aiohttp.ClientHttpProxyError):
        return httpx2.ProxyError(message)
    if isinstance(exc, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        return httpx2.UnsupportedProtocol(message)
    return httpx2.ReadError(message)  # ClientOSError after connecting (reset, broken pipe) and the rest


class _Body(httpx2.AsyncByteStream):
    """An aiohttp response body as an httpx2 stream; closing it returns or drops the connection."""

    __slots__ = ("_response",)

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        try:
            while True:
                chunk = await content.readany()
                if not chunk:
                    return
                yield chunk
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise _mapped(exc) from exc

    async def aclose(self) -> None:
        response = self._response
        if response.content.at_eof():
            response.release()  # read to the end: the connection goes back to the pool
        else:
            response.close()  # abandoned mid-body (size cap, cancellation): the connection cannot be reused


class _Received(httpx2.Response):
    """An answer to an ``Outgoing``: an httpx2.Response whose httpx2.Request is built only when read
    (``response.request``, ``response.url``), since the aiohttp pool needed none to send it."""

    def __init__(self, outgoing: Outgoing, response: aiohttp.ClientResponse) -> None:
        super().__init__(
            response.status, headers=response.raw_headers, stream=_Body(response), extensions=_about(response)
        )
        self._outgoing = outgoing

    @property
    def request(self) -> httpx2.Request:
        if self._request is None:
            self._request = self._outgoing.to_request()
        return self._request

    @request.setter
    def request(self, value: httpx2.Request) -> None:
        self._request = value


def _about(response: aiohttp.ClientResponse) -> dict[str, Any]:
    return {"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()}


class AiohttpTransport(httpx2.AsyncBaseTransport):
    """``httpx2.AsyncClient(transport=AiohttpTransport())``: httpx2's API on aiohttp's pool (asyncio only).

    It is also the own pool's ``Direct`` sender (``send``), which takes the request as plain values.
    """

    def __init__(self, *, limits: httpx2.Limits | None = None) -> None:
        self._limits = limits or httpx2.Limits()
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}

    def _open(self) -> aiohttp.ClientSession:
        limits = self._limits
        connector = aiohttp.TCPConnector(
            limit=limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=limits.keepalive_expiry if limits.keepalive_expiry is not None else 5.0,
            # httpx2's verification (the system trust store, SSL_CERT_FILE), so both stacks trust the same roots.
            ssl=httpx2.create_ssl_context(),
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx2's client keeps the cookies
            auto_decompress=False,  # httpx2 decodes Content-Encoding
            timeout=aiohttp.ClientTimeout(total=None),
            # No proxies or netrc from the environment: aiohttp looks both up in a worker thread on every
            # request (two thread hops per call). With proxy variables set, the client picks httpcore2.
            trust_env=False,
            skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
        )
        # aiohttp replays a PUT or DELETE when a kept-alive connection turns out closed; those can move
        # money here, and "the server closed the connection" does not prove nothing was processed.
        session._retry_connection = False
        self._session = session
        return session

    def _timeout(self, phases: dict[str, float | None]) -> aiohttp.ClientTimeout:
        key = (phases.get("connect"), phases.get("read"), phases.get("pool"))
        found = self._timeouts.get(key)
        if found is None:
            connect, read, pool = key
            found = aiohttp.ClientTimeout(total=None, connect=pool, sock_connect=connect, sock_read=read)
            if len(self._timeouts) < 64:
                self._timeouts[key] = found
        return found

    async def _request(
        self,
        method: str,
        url: str,
        headers: Any,
        data: bytes | None,
        timeout: dict[str, float | None],
        server_hostname: str | None = None,
    ) -> aiohttp.ClientResponse:
        session = self._session or self._open()
        try:
            return await session.request(
                method,
                URL(url, encoded=True),  # already percent-encoded: sent byte for byte
                headers=headers,
                data=data or None,
                allow_redirects=False,
                timeout=self._timeout(timeout),
                server_hostname=server_hostname,
            )
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise _mapped(exc) from exc

    async def send(self, outgoing: Outgoing, timeout: dict[str, float | None] | None) -> httpx2.Response:
        """The own pool's request, sent without an httpx2.Request (``Direct.send``)."""
        method, url, headers, content = outgoing
        return _Received(outgoing, await self._request(method, url, headers, content, timeout or {}))

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        headers = request.headers
        try:
            data: bytes | None = request.content
        except httpx2.RequestNotRead:
            # A streamed body (a multipart upload): read whole, so it goes with a Content-Length rather than
            # httpx2's chunked framing, which aiohttp does not apply to bytes. Bounded by what the caller passed.
            data = await request.aread()
            headers = httpx2.Headers([(k, v) for k, v in headers.multi_items() if k.lower() != "transfer-encoding"])
            headers["Content-Length"] = str(len(data))
        response = await self._request(
            request.method,
            str(request.url),
            headers.multi_items(),
            data,
            request.extensions.get("timeout") or {},
            request.extensions.get("sni_hostname"),
        )
        return httpx2.Response(
            response.status,
            headers=response.raw_headers,
            stream=_Body(response),
            request=request,
            extensions=_about(response),
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
