"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.get_institution_user_v2_user_id_type import GetInstitutionUserV2UserIdType
from ...models.institution_user_v2 import InstitutionUserV2
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    institution_user_id: str,
    *,
    user_id_type: GetInstitutionUserV2UserIdType | Unset = GetInstitutionUserV2UserIdType.INSTITUTION_USER_ID,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    json_user_id_type: str | Unset = UNSET
    if not isinstance(user_id_type, Unset):
        json_user_id_type = GetInstitutionUserV2UserIdType(user_id_type).value

    params["userIdType"] = json_user_id_type
    params["$expand"] = expand
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/institution-users/{institution_user_id}".format(
            institution_user_id=quote(str(institution_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> InstitutionUserV2:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return InstitutionUserV2.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_institution_user_v2")
