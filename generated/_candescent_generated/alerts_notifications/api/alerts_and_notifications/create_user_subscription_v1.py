"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.subscription import Subscription
from ...types import UNSET, Unset, dumps_json, loads_json


def _get_kwargs(
    di_fiid: str,
    di_ficustomer: str,
    *,
    body: Subscription,
    originating_ip: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(originating_ip, Unset):
        headers["originating_ip"] = originating_ip

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscriptions/v1/fis/{di_fiid}/fiCustomers/{di_ficustomer}/subscriptions".format(
            di_fiid=quote(str(di_fiid), safe=""),
            di_ficustomer=quote(str(di_ficustomer), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/xml"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> Subscription:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return Subscription.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of create_user_subscription_v1")
