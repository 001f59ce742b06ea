"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.account import Account
from ...models.get_account_by_id_v1_view_name import GetAccountByIdV1ViewName
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    account_id: str,
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    view_name: GetAccountByIdV1ViewName | Unset = UNSET,
    cross_account: bool | Unset = True,
    additional_fields: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["hostUserId"] = host_user_id
    params["loginId"] = login_id
    params["institutionCustomerId"] = institution_customer_id
    json_view_name: str | Unset = UNSET
    if not isinstance(view_name, Unset):
        json_view_name = GetAccountByIdV1ViewName(view_name).value

    params["viewName"] = json_view_name
    params["crossAccount"] = cross_account
    params["additionalFields"] = additional_fields
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> Account:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return Account.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_account_by_id_v1")
