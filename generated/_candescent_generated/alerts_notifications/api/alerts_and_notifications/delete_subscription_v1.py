"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...types import UNSET, Unset


def _get_kwargs(
    di_fiid: str,
    di_ficustomer: str,
    subscription_id: str,
    *,
    originating_ip: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(originating_ip, Unset):
        headers["originating_ip"] = originating_ip

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/subscriptions/v1/fis/{di_fiid}/fiCustomers/{di_ficustomer}/subscriptions/{subscription_id}".format(
            di_fiid=quote(str(di_fiid), safe=""),
            di_ficustomer=quote(str(di_ficustomer), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 204:
        return
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of delete_subscription_v1")
