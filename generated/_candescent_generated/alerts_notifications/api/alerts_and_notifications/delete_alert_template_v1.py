"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/alert-templates/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 204:
        return
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of delete_alert_template_v1")
