"""CandescentClient: configuration, lifecycle, and one lazy accessor per API category."""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, cast, overload
from urllib.parse import urlsplit

import anyio
import httpx2

from ._auth import InMemoryTokenStore, TokenManager, TokenStore
from ._constants import (
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_ENVIRONMENT,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENVIRONMENTS,
    TOKEN_REFRESH_SKEW,
)
from ._errors import ClientClosedError, ConfigurationError
from ._transport import Direct, Transport, UserContext, ViaTransport, _as_timeout

if TYPE_CHECKING:
    from _candescent_generated.alerts_notifications.api.alerts_and_notifications import AlertsAndNotifications
    from _candescent_generated.authentication.api.authentication import Authentication
    from _candescent_generated.business_banking.api.business_banking import BusinessBanking
    from _candescent_generated.core_banking.api.core_banking import CoreBanking
    from _candescent_generated.customer_campaigns.api.customer_campaigns import CustomerCampaigns
    from _candescent_generated.customer_management.api.customer_management import CustomerManagement
    from _candescent_generated.documents_preferences.api.documents_and_preferences import DocumentsAndPreferences
    from _candescent_generated.money_movement.api.money_movement import MoneyMovement
    from _candescent_generated.mx.api.mx import Mx

__all__ = ["CandescentClient", "HTTPStack"]

R = TypeVar("R")

HTTPStack = Literal["auto", "aiohttp", "httpcore2"]
"""The connection layer of the client's own pool (an injected ``http_client`` brings its own):
``"auto"`` is aiohttp's pool on asyncio and httpcore2's under trio; ``"httpcore2"`` is httpx2's own
pool everywhere; ``"aiohttp"`` insists on aiohttp (a ``ConfigurationError`` when used under trio)."""
_STACKS = ("auto", "aiohttp", "httpcore2")


def _proxies_configured() -> bool:
    import urllib.request  # httpx2 imported it already

    return any(scheme in ("http", "https", "all") for scheme in urllib.request.getproxies())


def _own_pool(stack: HTTPStack, timeout: httpx2.Timeout) -> tuple[httpx2.AsyncClient, Direct | None]:
    """The pool a client builds for itself on first use, on the event loop it is used from.

    Also returns the sender to the transport under it when requests may go to it directly (the transport
    layer then skips httpx2.AsyncClient's per-request machinery: auth flows, redirects, hooks, mounts; it
    keeps the client's default headers and cookies), or None when they must go through the client.
    """
    asyncio = sys.modules.get("asyncio")  # not imported: not running on it (and not imported here for that)
    on_asyncio = asyncio is not None and asyncio._get_running_loop() is not None
    if stack == "aiohttp" and not on_asyncio:
        raise ConfigurationError('http_stack="aiohttp" needs asyncio; under trio use "auto" or "httpcore2"')
    # httpx2's own pool honours HTTP(S)_PROXY/ALL_PROXY/NO_PROXY through the client's mounts; the aiohttp
    # transport does not, so a proxied environment gets httpcore2 through the client, unless aiohttp was
    # asked for by name.
    proxied = _proxies_configured()
    if stack == "httpcore2" or not on_asyncio or (stack == "auto" and proxied):
        if proxied:
            return httpx2.AsyncClient(timeout=timeout, limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=False), None
        pool = httpx2.AsyncHTTPTransport(limits=DEFAULT_CONNECTION_LIMITS)
        return httpx2.AsyncClient(timeout=timeout, transport=pool, follow_redirects=False), ViaTransport(pool)
    from ._aiohttp import AiohttpTransport  # imported on first use: aiohttp costs import time

    transport = AiohttpTransport(limits=DEFAULT_CONNECTION_LIMITS)
    return httpx2.AsyncClient(timeout=timeout, transport=transport, follow_redirects=False), transport


class _Invoker:
    """Binds a generated resource class to the transport for one category (``candescent_async._model_support``'s
    Invoker protocol); the raw one hands back the whole ``APIResponse`` instead of the parsed value."""

    def __init__(self, transport: Transport, category: str, *, raw: bool = False) -> None:
        self._transport = transport
        self._category = category
        self._raw = raw

    async def __call__(
        self, operation_id: str, request: dict[str, Any], parse: Callable[[httpx2.Response], Any], **options: Any
    ) -> Any:
        response = await self._transport.invoke(self._category, operation_id, request, parse, **options)
        return response if self._raw else response.parsed


class _Category(Generic[R]):
    """A category accessor (``cd.core_banking``): its generated resource class, imported on first use.

    The resource is built once per client (or view) and bound to that client's transport.
    """

    def __init__(self, category: str, resource: str) -> None:
        self.category = category
        self.resource = resource
        self.attribute = category

    def __set_name__(self, owner: type, name: str) -> None:
        self.attribute = name

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...

    @overload
    def __get__(self, client: CandescentClient, owner: type) -> R: ...

    def __get__(self, client: CandescentClient | None, owner: type) -> Self | R:
        if client is None:
            return self
        cached = client.__dict__.get(self.attribute)
        if cached is None:
            package = importlib.import_module(f"_candescent_generated.{self.category}.api")
            module = importlib.import_module(f"{package.__name__}.{_module_name(self.resource)}")
            factory = getattr(module, self.resource)
            transport = client._transport
            cached = client.__dict__[self.attribute] = factory(
                _Invoker(transport, self.category), _Invoker(transport, self.category, raw=True)
            )
        return cast(R, cached)


def _module_name(resource: str) -> str:
    """The generator's module name for a resource class: ``AlertsAndNotifications`` -> ``alerts_and_notifications``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", resource).lower()


def _check_base_url(base_url: str, *, allow_insecure: bool) -> str:
    # Errors show the URL with everything before its last '@' masked: that part may be a password.
    head, at, tail = base_url.rpartition("@")
    scheme, slashes, _ = head.partition("//")
    shown = (f"{scheme}{slashes}***@{tail}" if slashes else f"***@{tail}") if at else base_url
    parts = urlsplit(base_url)
    if "@" in parts.netloc:  # credentials in the URL would sit in every repr; the client sends its own
        raise ConfigurationError(f"base_url must not carry a user or password, got {shown!r}")
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL, got {shown!r}")
    trusted = parts.scheme == "https" and (host == "candescent.com" or host.endswith(".candescent.com"))
    if not trusted and not allow_insecure:
        raise ConfigurationError(
            f"refusing base_url {shown!r}: only https://*.candescent.com is accepted by default "
            "(pass allow_insecure_base_url=True for a local sandbox or tests)"
        )
    return base_url.rstrip("/")


class CandescentClient:
    """Async client for the Candescent Digital Banking Platform.

    Use it as an async context manager; on exit it revokes the tokens it obtained (best effort)
    and closes its connection pool. Every category is an attribute (``cd.core_banking``,
    ``cd.money_movement`` ...) whose methods are the platform's operations, one awaited call each.
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        institution_id: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        username: str | None = None,
        password: str | None = None,
        host_user_id: str | None = None,
        login_id: str | None = None,
        institution_customer_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx2.AsyncClient | None = None,
        http_stack: HTTPStack = "auto",
        token_store: TokenStore | None = None,
        token_refresh_skew: float = TOKEN_REFRESH_SKEW,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_base_url: bool = False,
        revoke_on_close: bool | None = None,
    ) -> None:
        if host_user_id and login_id:
            raise ConfigurationError("set host_user_id or login_id as the default user, not both")
        if bool(username) != bool(password):
            raise ConfigurationError("username and password go together (password grant)")
        if bool(client_id) != bool(client_secret):
            raise ConfigurationError("client_id and client_secret go together")
        if max_retries < 0:
            raise ConfigurationError("max_retries must be >= 0")
        if http_stack not in _STACKS:
            raise ConfigurationError(f"http_stack must be one of {', '.join(_STACKS)}, got {http_stack!r}")
        if http_client is not None and http_stack != "auto":
            raise ConfigurationError("http_stack= chooses the client's own pool: pass it or http_client=, not both")
        if base_url is None:
            env = environment or DEFAULT_ENVIRONMENT
            if env not in ENVIRONMENTS:
                raise ConfigurationError(f"environment must be one of {sorted(ENVIRONMENTS)}, got {env!r}")
            base_url = ENVIRONMENTS[env]
        elif environment is not None:
            raise ConfigurationError("pass environment or base_url, not both")
        self.base_url = _check_base_url(base_url, allow_insecure=allow_insecure_base_url)
        self.institution_id = institution_id
        self._owns_http = http_client is None
        self._http_client = http_client
        self._http_stack: HTTPStack = http_stack
        resolved_timeout = _as_timeout(timeout) or DEFAULT_TIMEOUT
        self.timeout = resolved_timeout
        # An injected pool keeps its own timeouts unless timeout= was given; then ours apply per request.
        request_timeout = None if http_client is not None and timeout is None else resolved_timeout
        # Revoking at close is right for tokens only this client holds; a shared store's are the fleet's.
        self._revoke_on_close = token_store is None if revoke_on_close is None else revoke_on_close
        tokens = None
        if client_id and client_secret:
            tokens = TokenManager(
                client_id=client_id,
                client_secret=client_secret,
                institution_id=institution_id,
                username=username,
                password=password,
                store=token_store if token_store is not None else InMemoryTokenStore(),
                skew=token_refresh_skew,
                scope_key=self.base_url,
            )
        self._direct: Direct | None = None  # the sender to the own pool's transport, once built
        self._transport = Transport(
            base_url=self.base_url,
            http=self._http,
            direct=self._direct_transport,
            tokens=tokens,
            user=UserContext(host_user_id, login_id, institution_customer_id),
            max_retries=max_retries,
            timeout=request_timeout,
            default_headers=default_headers,
        )
        self._closed = False
        self._root = self  # the client that owns the pool; a view points at the one it came from

    # ------------------------------------------------------------------ views

    def with_options(
        self,
        *,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A view with other per-call defaults, sharing this client's pool and tokens (cheap: no I/O).

        ``cd.with_options(timeout=5, max_retries=0).core_banking.get_account_by_id_v1(...)``. Closing
        a view does nothing; close the client it came from.
        """
        if max_retries is not None and max_retries < 0:
            raise ConfigurationError("max_retries must be >= 0")
        return self._view(
            self._transport.evolve(timeout=_as_timeout(timeout), max_retries=max_retries, extra_headers=extra_headers)
        )

    def for_user(
        self,
        *,
        host_user_id: str | None = None,
        login_id: str | None = None,
        institution_customer_id: str | None = None,
    ) -> Self:
        """A view acting for one user (``hostUserId`` xor ``loginId``), sharing pool and tokens.

        For services that act for many users with one client: ``cd.for_user(host_user_id=h)``
        fills the user context of every call made through it; no new token or connection is made.
        """
        if bool(host_user_id) == bool(login_id):
            raise ConfigurationError("for_user() takes exactly one of host_user_id or login_id")
        user = UserContext(host_user_id, login_id, institution_customer_id)
        return self._view(self._transport.evolve(user=user))

    def _view(self, transport: Transport) -> Self:
        view = object.__new__(type(self))
        view.base_url, view.institution_id, view.timeout = self.base_url, self.institution_id, self.timeout
        view._owns_http, view._http_client, view._revoke_on_close = False, None, False
        view._http_stack = self._http_stack
        view._closed, view._root = False, self._root
        view._transport = transport
        return view

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """Build a client from ``CANDESCENT_*`` variables; keyword arguments override them."""
        env = os.environ if environ is None else environ
        names = {
            "client_id": "CANDESCENT_CLIENT_ID",
            "client_secret": "CANDESCENT_CLIENT_SECRET",
            "institution_id": "CANDESCENT_INSTITUTION_ID",
            "environment": "CANDESCENT_ENVIRONMENT",
            "base_url": "CANDESCENT_BASE_URL",
            "username": "CANDESCENT_USERNAME",
            "password": "CANDESCENT_PASSWORD",
        }
        kwargs: dict[str, Any] = {key: env[var] for key, var in names.items() if env.get(var)}
        if "base_url" in kwargs and "environment" in kwargs:
            kwargs.pop("environment")
        kwargs.update(overrides)
        if not kwargs.get("client_id") or not kwargs.get("client_secret"):
            raise ConfigurationError(
                "no credentials: set CANDESCENT_CLIENT_ID and CANDESCENT_CLIENT_SECRET (or pass client_id= and "
                "client_secret=)"
            )
        return cls(**kwargs)

    def __repr__(self) -> str:
        grant = self._transport.tokens.grant if self._transport.tokens else None
        return f"CandescentClient(base_url={self.base_url!r}, institution_id={self.institution_id!r}, grant={grant!r})"

    # ------------------------------------------------------------------ lifecycle

    def _http(self) -> httpx2.AsyncClient:
        root = self._root
        if root._closed:
            raise ClientClosedError("this CandescentClient is closed; create a new one")
        client = root._http_client
        if client is None:
            client, root._direct = _own_pool(root._http_stack, root.timeout)
            root._http_client = client
        return client

    def _direct_transport(self) -> Direct | None:
        """The sender requests may be handed to directly (own pool only), for the client ``_http()`` gave."""
        return self._root._direct

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the pool; first revoke this client's current tokens (best effort, bounded to 5 s).

        Revoking happens by default only when the client keeps its own tokens: with a shared
        ``token_store`` other clients use the same tokens, so pass ``revoke_on_close=True`` to revoke.
        """
        if self._closed or self._root is not self:
            return  # closed already, or a view: the client it came from owns pool and tokens
        try:
            tokens = self._transport.tokens
            if tokens is not None and self._http_client is not None and self._revoke_on_close:
                with anyio.move_on_after(5.0, shield=True):
                    await tokens.revoke_all(self._transport.send_auth)
        finally:
            self._closed = True
            if self._owns_http and self._http_client is not None:
                with anyio.CancelScope(shield=True):
                    await self._http_client.aclose()

    # ------------------------------------------------------------------ categories

    authentication: _Category[Authentication] = _Category("authentication", "Authentication")
    customer_management: _Category[CustomerManagement] = _Category("customer_management", "CustomerManagement")
    core_banking: _Category[CoreBanking] = _Category("core_banking", "CoreBanking")
    business_banking: _Category[BusinessBanking] = _Category("business_banking", "BusinessBanking")
    money_movement: _Category[MoneyMovement] = _Category("money_movement", "MoneyMovement")
    alerts_notifications: _Category[AlertsAndNotifications] = _Category(
        "alerts_notifications", "AlertsAndNotifications"
    )
    documents_preferences: _Category[DocumentsAndPreferences] = _Category(
        "documents_preferences", "DocumentsAndPreferences"
    )
    customer_campaigns: _Category[CustomerCampaigns] = _Category("customer_campaigns", "CustomerCampaigns")
    mx: _Category[Mx] = _Category("mx", "Mx")
