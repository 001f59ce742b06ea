"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.access_token_request_v1 import AccessTokenRequestV1
from ...models.access_token_response_v1 import AccessTokenResponseV1
from ...types import loads_json


def _get_kwargs(
    *,
    body: AccessTokenRequestV1,
    di_fiid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["di_fiid"] = di_fiid

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> AccessTokenResponseV1:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return AccessTokenResponseV1.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of create_access_token_v1")
