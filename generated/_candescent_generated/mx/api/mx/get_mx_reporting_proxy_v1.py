"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx2

from ...types import File


def _get_kwargs(
    mx_reporting_resource_path: str,
    *,
    ext_host: str,
    accept: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["ext_host"] = ext_host

    headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mx/{mx_reporting_resource_path}".format(
            mx_reporting_resource_path=quote(str(mx_reporting_resource_path), safe="/"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> File:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return File(payload=BytesIO(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_mx_reporting_proxy_v1")
