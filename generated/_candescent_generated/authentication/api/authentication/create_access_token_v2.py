"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.access_token_request_v2 import AccessTokenRequestV2
from ...models.access_token_response_v2 import AccessTokenResponseV2
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    body: AccessTokenRequestV2,
    institution_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(institution_id, Unset):
        headers["institutionId"] = institution_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth2/v1/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> AccessTokenResponseV2:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return AccessTokenResponseV2.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of create_access_token_v2")
