"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.experience_groups_response import ExperienceGroupsResponse
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    page: int | Unset = 0,
    size: int | Unset = 20,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["page"] = page
    params["size"] = size
    params["sort"] = sort
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/groups",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> ExperienceGroupsResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return ExperienceGroupsResponse.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of list_experience_groups_v3")
