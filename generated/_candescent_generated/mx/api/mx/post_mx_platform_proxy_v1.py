"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.post_mx_platform_proxy_v1_body import PostMxPlatformProxyV1Body
from ...models.post_mx_platform_proxy_v1_response_200 import PostMxPlatformProxyV1Response200
from ...models.post_mx_platform_proxy_v1_response_202 import PostMxPlatformProxyV1Response202
from ...types import UNSET, Unset, dumps_json, loads_json


def _get_kwargs(
    mx_platform_resource_path: str,
    *,
    body: PostMxPlatformProxyV1Body,
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
        "method": "post",
        "url": "/mx/{mx_platform_resource_path}".format(
            mx_platform_resource_path=quote(str(mx_platform_resource_path), safe="/"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.mx.api.v1+json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(
    response: httpx2.Response,
) -> PostMxPlatformProxyV1Response200 | PostMxPlatformProxyV1Response202 | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return PostMxPlatformProxyV1Response200.from_dict(loads_json(response.content))
    if response.status_code == 202:
        return PostMxPlatformProxyV1Response202.from_dict(loads_json(response.content))
    if response.status_code == 204:
        return None
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of post_mx_platform_proxy_v1")
