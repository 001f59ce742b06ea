"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.alert_history_content_resource import AlertHistoryContentResource
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    alert_history_id: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["alertHistoryId"] = alert_history_id
    params["eventId"] = event_id
    params["id"] = id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alert-history-content",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> AlertHistoryContentResource:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return AlertHistoryContentResource.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_alert_history_content_v1")
