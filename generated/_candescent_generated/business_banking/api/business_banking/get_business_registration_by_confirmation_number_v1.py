"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.bb_registration import BbRegistration
from ...types import UNSET, loads_json


def _get_kwargs(
    *,
    confirmation_number: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["confirmationNumber"] = confirmation_number
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/business-registrations",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> BbRegistration:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return BbRegistration.from_dict(loads_json(response.content))
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of get_business_registration_by_confirmation_number_v1"
    )
