"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.subscription import Subscription
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    di_fiid: str,
    di_ficustomer: str,
    subscription_id: str,
    *,
    event_type: str | Unset = UNSET,
    action: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(originating_ip, Unset):
        headers["originating_ip"] = originating_ip

    params: dict[str, Any] = {}
    params["eventType"] = event_type
    params["action"] = action
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions/v1/fis/{di_fiid}/fiCustomers/{di_ficustomer}/subscriptions/{subscription_id}".format(
            di_fiid=quote(str(di_fiid), safe=""),
            di_ficustomer=quote(str(di_ficustomer), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> Subscription:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return Subscription.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_subscription_by_id_v1")
