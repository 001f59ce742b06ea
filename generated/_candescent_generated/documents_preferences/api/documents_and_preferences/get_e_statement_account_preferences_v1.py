"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.e_statement_account_preferences_response import EStatementAccountPreferencesResponse
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    account_id: str,
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
        "url": "/v1/e-statements/{account_id}/disclosures".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> EStatementAccountPreferencesResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return EStatementAccountPreferencesResponse.from_dict(loads_json(response.content))
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of get_e_statement_account_preferences_v1"
    )
