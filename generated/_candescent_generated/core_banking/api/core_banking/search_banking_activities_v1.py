"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.search_criteria import SearchCriteria
from ...models.search_response import SearchResponse
from ...types import UNSET, Unset, dumps_json, loads_json


def _get_kwargs(
    *,
    body: SearchCriteria,
    accept_encoding: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_encoding, Unset):
        headers["Accept-Encoding"] = accept_encoding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/banking-activities",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> SearchResponse | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return SearchResponse.from_dict(loads_json(response.content))
    if response.status_code == 204:
        return None
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of search_banking_activities_v1")
