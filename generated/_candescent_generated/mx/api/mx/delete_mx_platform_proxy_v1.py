"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...types import UNSET, Unset


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
        "method": "delete",
        "url": "/mx/{mx_platform_resource_path}".format(
            mx_platform_resource_path=quote(str(mx_platform_resource_path), safe="/"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 204:
        return
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of delete_mx_platform_proxy_v1")
