"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.user_list_job_request import UserListJobRequest
from ...models.user_list_job_response import UserListJobResponse
from ...types import dumps_json, loads_json


def _get_kwargs(
    fi_id: str,
    *,
    body: UserListJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pss/v1/fis/{fi_id}/audiences/userListJobs".format(
            fi_id=quote(str(fi_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> UserListJobResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 202:
        return UserListJobResponse.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of create_user_list_job_v1")
