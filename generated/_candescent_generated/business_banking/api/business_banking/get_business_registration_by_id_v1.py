"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.bb_registration import BbRegistration
from ...types import loads_json


def _get_kwargs(
    registration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/business-registrations/{registration_id}".format(
            registration_id=quote(str(registration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> BbRegistration:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return BbRegistration.from_dict(loads_json(response.content))
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of get_business_registration_by_id_v1"
    )
