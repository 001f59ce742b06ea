"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.institution_disclosures_response import InstitutionDisclosuresResponse
from ...types import loads_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/institution-disclosures",
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> InstitutionDisclosuresResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return InstitutionDisclosuresResponse.from_dict(loads_json(response.content))
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of list_institution_disclosures_v1"
    )
