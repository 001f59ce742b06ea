"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2


def _get_kwargs(
    institution_id: str,
    mx_sso_resource_path: str,
    *,
    ext_host: str,
    accept: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["ext_host"] = ext_host

    headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/mx/{institution_id}/{mx_sso_resource_path}".format(
            institution_id=quote(str(institution_id), safe=""),
            mx_sso_resource_path=quote(str(mx_sso_resource_path), safe="/"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 204:
        return
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of delete_mx_sso_proxy_v1")
