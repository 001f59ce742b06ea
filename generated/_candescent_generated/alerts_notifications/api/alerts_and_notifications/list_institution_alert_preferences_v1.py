"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.fi_alert_preference_resources import FiAlertPreferenceResources
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    alert_types: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["alertTypes"] = alert_types
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/institution-alert-preferences",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> FiAlertPreferenceResources:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return FiAlertPreferenceResources.from_dict(loads_json(response.content))
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of list_institution_alert_preferences_v1"
    )
