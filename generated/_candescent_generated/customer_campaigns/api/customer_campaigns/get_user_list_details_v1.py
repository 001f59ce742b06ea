"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.get_user_list_details_v1_view_name import GetUserListDetailsV1ViewName
from ...models.user_list_details_response import UserListDetailsResponse
from ...types import UNSET, loads_json


def _get_kwargs(
    *,
    userlist_file_name: str,
    view_name: GetUserListDetailsV1ViewName,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["userlistFileName"] = userlist_file_name
    json_view_name = GetUserListDetailsV1ViewName(view_name).value
    params["viewName"] = json_view_name
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/userlists",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> UserListDetailsResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return UserListDetailsResponse.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_user_list_details_v1")
