"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.get_user_status_v1_user_id_type import GetUserStatusV1UserIdType
from ...models.user_status_1 import UserStatus1
from ...types import UNSET, loads_json


def _get_kwargs(
    institution_user_id: str,
    *,
    user_id_type: GetUserStatusV1UserIdType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    json_user_id_type = GetUserStatusV1UserIdType(user_id_type).value
    params["userIdType"] = json_user_id_type
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/user-status/{institution_user_id}".format(
            institution_user_id=quote(str(institution_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> UserStatus1:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return UserStatus1.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_user_status_v1")
