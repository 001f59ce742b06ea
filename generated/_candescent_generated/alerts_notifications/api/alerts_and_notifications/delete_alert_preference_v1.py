"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...types import UNSET, Unset


def _get_kwargs(
    alert_preference_id: int,
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(institution_customer_id, Unset):
        headers["institutionCustomerId"] = institution_customer_id

    params: dict[str, Any] = {}
    params["hostUserId"] = host_user_id
    params["loginId"] = login_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/alert-preferences/{alert_preference_id}".format(
            alert_preference_id=quote(str(alert_preference_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 204:
        return
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of delete_alert_preference_v1")
