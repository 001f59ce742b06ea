"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.alert_preference_resources import AlertPreferenceResources
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    account_external_id: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    alert_types: str | Unset = UNSET,
    default: bool | Unset = False,
    external_id: str | Unset = UNSET,
    page_no: int | Unset = 0,
    page_size: int | Unset = 100,
    institution_customer_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(institution_customer_id, Unset):
        headers["institutionCustomerId"] = institution_customer_id

    params: dict[str, Any] = {}
    params["hostUserId"] = host_user_id
    params["loginId"] = login_id
    params["accountExternalId"] = account_external_id
    params["accountId"] = account_id
    params["alertTypes"] = alert_types
    params["default"] = default
    params["externalId"] = external_id
    params["pageNo"] = page_no
    params["pageSize"] = page_size
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alert-preferences",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> AlertPreferenceResources:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return AlertPreferenceResources.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of list_alert_preferences_v1")
