"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.get_mx_platform_proxy_v1_response_200 import GetMxPlatformProxyV1Response200
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    mx_platform_resource_path: str,
    *,
    ext_host: str,
    accept: str,
    accept_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["ext_host"] = ext_host

    headers["Accept"] = accept

    if not isinstance(accept_version, Unset):
        headers["Accept-Version"] = accept_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mx/{mx_platform_resource_path}".format(
            mx_platform_resource_path=quote(str(mx_platform_resource_path), safe="/"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> GetMxPlatformProxyV1Response200:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return GetMxPlatformProxyV1Response200.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_mx_platform_proxy_v1")
