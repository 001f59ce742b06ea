"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.authorization_code_request import AuthorizationCodeRequest
from ...models.authorization_code_response import AuthorizationCodeResponse
from ...types import loads_json


def _get_kwargs(
    *,
    body: AuthorizationCodeRequest,
    institution_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["institutionId"] = institution_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth-code",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> AuthorizationCodeResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return AuthorizationCodeResponse.from_dict(loads_json(response.content))
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of generate_authorization_code_v1"
    )
