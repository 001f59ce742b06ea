"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.revoke_access_token_request_v2 import RevokeAccessTokenRequestV2


def _get_kwargs(
    *,
    body: RevokeAccessTokenRequestV2,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/oauth2/v1/revoke",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 204:
        return
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of revoke_access_token_v2")
