"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.authorize_client_request import AuthorizeClientRequest
from ...models.authorize_client_response import AuthorizeClientResponse
from ...types import loads_json


def _get_kwargs(
    *,
    body: AuthorizeClientRequest,
    institution_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["institutionId"] = institution_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/client-authorization",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> AuthorizeClientResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return AuthorizeClientResponse.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of authorize_client_v1")
