"""candescent-async: an async-first Python SDK for the Candescent Digital Banking Platform.

    async with CandescentClient.from_env() as cd:
        accounts = await cd.core_banking.list_accounts_v1(host_user_id="u-1")

Everything public is importable from here; modules starting with ``_`` are private.
"""

from typing import TYPE_CHECKING, Any

from ._auth import InMemoryTokenStore, Token, TokenStore
from ._client import CandescentClient
from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_TOKEN_LIFETIME,
    ENVIRONMENTS,
    TOKEN_REFRESH_SKEW,
)
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CandescentError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    GoneError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    UnreadableSuccessError,
    ValidationError,
)
from ._logs import setup_logging as _setup_logging
from ._response import APIResponse
from ._version import __version__
from .pagination import AsyncPaginator, PaginationError, paginate

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ._blocking import BlockingCandescentClient as BlockingCandescentClient
    from ._redis_store import RedisTokenStore as RedisTokenStore

    SPEC_VERSIONS: Mapping[str, str]

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOKEN_LIFETIME",
    "ENVIRONMENTS",
    "SPEC_VERSIONS",
    "TOKEN_REFRESH_SKEW",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BlockingCandescentClient",
    "CandescentClient",
    "CandescentError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "GoneError",
    "InMemoryTokenStore",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "Token",
    "TokenStore",
    "UnprocessableEntityError",
    "UnreadableSuccessError",
    "ValidationError",
    "__version__",
    "paginate",
]


_setup_logging()


def __getattr__(name: str) -> Any:
    # SPEC_VERSIONS reads each generated category's _operations module: computed on first use,
    # so importing the facade stays cheap.
    if name == "SPEC_VERSIONS":
        from ._registry import spec_versions

        return spec_versions()
    # RedisTokenStore needs the optional redis extra: imported on first use, and kept out of
    # __all__ so `import candescent_async` (and a star import) never needs or loads redis.
    # The blocking client needs anyio's thread portal (~13 ms to import): loaded when first named.
    if name == "BlockingCandescentClient":
        from ._blocking import BlockingCandescentClient

        return BlockingCandescentClient
    if name == "RedisTokenStore":
        from ._redis_store import RedisTokenStore

        return RedisTokenStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
