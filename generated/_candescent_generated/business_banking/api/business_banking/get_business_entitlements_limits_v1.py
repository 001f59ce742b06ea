"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.business_entitlements_limits import BusinessEntitlementsLimits
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    business_id: str,
    institution_customer_id: str | Unset = UNSET,
    feature_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["businessId"] = business_id
    params["institutionCustomerId"] = institution_customer_id
    params["featureName"] = feature_name
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/business-entitlements-limits",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> BusinessEntitlementsLimits:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return BusinessEntitlementsLimits.from_dict(loads_json(response.content))
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of get_business_entitlements_limits_v1"
    )
