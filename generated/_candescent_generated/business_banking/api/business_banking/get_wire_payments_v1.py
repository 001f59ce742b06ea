"""One operation's request builder and success parser; the facade's transport sends and calls them."""

import datetime
from typing import Any

import httpx2

from ...models.payments import Payments
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    login_id: str,
    from_date: datetime.date,
    to_date: datetime.date,
    payment_status: str | Unset = UNSET,
    payment_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["loginId"] = login_id
    json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date
    json_to_date = to_date.isoformat()
    params["toDate"] = json_to_date
    params["paymentStatus"] = payment_status
    params["paymentType"] = payment_type
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/wire-payments",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> Payments:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return Payments.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_wire_payments_v1")
