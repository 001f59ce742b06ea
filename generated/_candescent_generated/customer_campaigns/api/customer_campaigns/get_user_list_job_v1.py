"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.user_list_job_status import UserListJobStatus
from ...types import loads_json


def _get_kwargs(
    fi_id: str,
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pss/v1/fis/{fi_id}/audiences/userListJobs/{job_id}".format(
            fi_id=quote(str(fi_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> UserListJobStatus:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return UserListJobStatus.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_user_list_job_v1")
