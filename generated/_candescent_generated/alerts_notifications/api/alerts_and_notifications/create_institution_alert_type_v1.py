"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.institution_alert_type_resource import InstitutionAlertTypeResource
from ...types import dumps_json, loads_json


def _get_kwargs(
    *,
    body: InstitutionAlertTypeResource,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/institution-alert-types",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> InstitutionAlertTypeResource | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 201:
        return InstitutionAlertTypeResource.from_dict(loads_json(response.content))
    if response.status_code == 204:
        return None
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of create_institution_alert_type_v1"
    )
