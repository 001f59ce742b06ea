"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.contact_info import ContactInfo
from ...types import dumps_json


def _get_kwargs(
    customer_id: str,
    *,
    body: ContactInfo,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/customers/{customer_id}:contact-info".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 204:
        return
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of update_contact_info")
