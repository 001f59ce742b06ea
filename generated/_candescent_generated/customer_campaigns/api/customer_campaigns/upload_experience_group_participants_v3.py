"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ...models.upload_experience_group_participants_request import UploadExperienceGroupParticipantsRequest
from ...models.upload_experience_group_participants_response import UploadExperienceGroupParticipantsResponse
from ...types import loads_json


def _get_kwargs(
    group_id: UUID,
    *,
    body: UploadExperienceGroupParticipantsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/groups/{group_id}/participants".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> UploadExperienceGroupParticipantsResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return UploadExperienceGroupParticipantsResponse.from_dict(loads_json(response.content))
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of upload_experience_group_participants_v3"
    )
