"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.ux_account import UXAccount
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    customer_id: str,
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["hostUserId"] = host_user_id
    params["loginId"] = login_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}:accounts".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> list[UXAccount] | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads_json(response.content)
        for componentsschemas_customer_accounts_response_item_data in _response_200:
            componentsschemas_customer_accounts_response_item = UXAccount.from_dict(
                componentsschemas_customer_accounts_response_item_data
            )

            response_200.append(componentsschemas_customer_accounts_response_item)

        return response_200

    if response.status_code == 204:
        return None
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of get_customer_accounts_transactions_v1"
    )
