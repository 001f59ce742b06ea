"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.accounts_response import AccountsResponse
from ...models.list_accounts_v1_apply import ListAccountsV1Apply
from ...models.list_accounts_v1_view_name import ListAccountsV1ViewName
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    apply: ListAccountsV1Apply | Unset = UNSET,
    skip_groups: int | Unset = UNSET,
    top_groups: int | Unset = UNSET,
    view_name: ListAccountsV1ViewName | Unset = UNSET,
    cross_account: bool | Unset = True,
    filter_: str | Unset = UNSET,
    additional_fields: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["hostUserId"] = host_user_id
    params["loginId"] = login_id
    params["institutionCustomerId"] = institution_customer_id
    json_apply: str | Unset = UNSET
    if not isinstance(apply, Unset):
        json_apply = ListAccountsV1Apply(apply).value

    params["$apply"] = json_apply
    params["$skipGroups"] = skip_groups
    params["$topGroups"] = top_groups
    json_view_name: str | Unset = UNSET
    if not isinstance(view_name, Unset):
        json_view_name = ListAccountsV1ViewName(view_name).value

    params["viewName"] = json_view_name
    params["crossAccount"] = cross_account
    params["$filter"] = filter_
    params["additionalFields"] = additional_fields
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> AccountsResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return AccountsResponse.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of list_accounts_v1")
