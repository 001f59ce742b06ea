"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ...models.delete_experience_group_response import DeleteExperienceGroupResponse
from ...types import loads_json


def _get_kwargs(
    group_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/groups/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> DeleteExperienceGroupResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return DeleteExperienceGroupResponse.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of delete_experience_group_v3")
