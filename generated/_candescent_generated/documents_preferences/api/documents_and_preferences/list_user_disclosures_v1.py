"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.institution_user_disclosures_response import InstitutionUserDisclosuresResponse
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["hostUserId"] = host_user_id
    params["loginId"] = login_id
    params["institutionCustomerId"] = institution_customer_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/institution-user-disclosures",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> InstitutionUserDisclosuresResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return InstitutionUserDisclosuresResponse.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of list_user_disclosures_v1")
