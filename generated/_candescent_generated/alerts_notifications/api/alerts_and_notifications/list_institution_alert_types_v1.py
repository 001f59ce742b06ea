"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.institution_alert_type_resources import InstitutionAlertTypeResources
from ...models.list_institution_alert_types_v1_status_optd import ListInstitutionAlertTypesV1StatusOptd
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    alert_type_name: str | Unset = UNSET,
    external_system: str | Unset = UNSET,
    status_optd: ListInstitutionAlertTypesV1StatusOptd | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["alertTypeName"] = alert_type_name
    params["externalSystem"] = external_system
    json_status_optd: str | Unset = UNSET
    if not isinstance(status_optd, Unset):
        json_status_optd = ListInstitutionAlertTypesV1StatusOptd(status_optd).value

    params["statusOptd"] = json_status_optd
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/institution-alert-types",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> InstitutionAlertTypeResources:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return InstitutionAlertTypeResources.from_dict(loads_json(response.content))
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of list_institution_alert_types_v1"
    )
