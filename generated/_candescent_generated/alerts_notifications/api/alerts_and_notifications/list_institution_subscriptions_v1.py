"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.subscriptions import Subscriptions
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    di_fiid: str,
    *,
    event_type: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    filter_out_subs: str | Unset = UNSET,
    status: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(originating_ip, Unset):
        headers["originating_ip"] = originating_ip

    params: dict[str, Any] = {}
    params["eventType"] = event_type
    params["limit"] = limit
    params["userToken"] = user_token
    params["filterOutSubs"] = filter_out_subs
    params["status"] = status
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions/v1/fis/{di_fiid}/subscriptions".format(
            di_fiid=quote(str(di_fiid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> Subscriptions:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return Subscriptions.from_dict(loads_json(response.content))
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of list_institution_subscriptions_v1"
    )
