"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.alert_type_resources import AlertTypeResources
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    alert_category: str | Unset = UNSET,
    alert_type_name: str | Unset = UNSET,
    external_system: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["alertCategory"] = alert_category
    params["alertTypeName"] = alert_type_name
    params["externalSystem"] = external_system
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alert-types",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> AlertTypeResources:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return AlertTypeResources.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of list_alert_types_v1")
