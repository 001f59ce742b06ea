"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.business_details import BusinessDetails
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    search_type: str,
    search_value: str,
    include_tins: bool | Unset = False,
    include_users: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["searchType"] = search_type
    params["searchValue"] = search_value
    params["includeTins"] = include_tins
    params["includeUsers"] = include_users
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/business-details",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> BusinessDetails:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return BusinessDetails.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_business_details_v1")
