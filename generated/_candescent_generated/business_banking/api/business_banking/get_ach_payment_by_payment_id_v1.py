"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.ach_payment import AchPayment
from ...types import UNSET, loads_json


def _get_kwargs(
    payment_id: str,
    *,
    login_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["loginId"] = login_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ach-payments/{payment_id}".format(
            payment_id=quote(str(payment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> AchPayment:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return AchPayment.from_dict(loads_json(response.content))
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of get_ach_payment_by_payment_id_v1"
    )
