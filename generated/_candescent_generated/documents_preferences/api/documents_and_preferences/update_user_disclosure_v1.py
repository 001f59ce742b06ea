"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.institution_user_disclosure_update_request import InstitutionUserDisclosureUpdateRequest
from ...types import UNSET, Unset, dumps_json


def _get_kwargs(
    *,
    body: InstitutionUserDisclosureUpdateRequest,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    params["hostUserId"] = host_user_id
    params["loginId"] = login_id
    params["institutionCustomerId"] = institution_customer_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/institution-user-disclosures",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 204:
        return
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of update_user_disclosure_v1")
