"""Every default the SDK applies, in one place (the README's defaults table mirrors this file)."""

from __future__ import annotations

import httpx2

ENVIRONMENTS: dict[str, str] = {
    "sandbox": "https://api.sandbox.candescent.com",
    "stage": "https://api.stage.candescent.com",
    "production": "https://api.candescent.com",
}
DEFAULT_ENVIRONMENT = "sandbox"

# 60 s for a whole read/write, 5 s to connect: finite, as a banking call should be.
DEFAULT_TIMEOUT = httpx2.Timeout(60.0, connect=5.0)
DEFAULT_CONNECTION_LIMITS = httpx2.Limits(max_connections=100, max_keepalive_connections=20)

DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5  # seconds; doubles per attempt
MAX_RETRY_DELAY = 8.0  # cap on our own backoff
MAX_RETRY_AFTER = 60.0  # a server asking for a longer wait is not retried
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # a larger (decoded) body is refused, never buffered

TOKEN_REFRESH_SKEW = 60.0  # refresh this many seconds before expiry
DEFAULT_TOKEN_LIFETIME = 1800.0  # when the token response has no usable expires_in (v1 and v2)
DEFAULT_REFRESH_TOKEN_LIFETIME = 1800.0

LOGGER_NAME = "candescent_async"
