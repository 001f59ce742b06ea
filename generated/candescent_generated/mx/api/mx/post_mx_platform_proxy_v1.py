"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.mx_payload import MxPayload
from ...models.post_mx_platform_proxy_v1_accept_version import PostMxPlatformProxyV1AcceptVersion
from ...types import UNSET, Unset, dumps_json, loads_json


def _get_kwargs(
    mx_platform_resource_path: str,
    *,
    body: MxPayload | Unset = UNSET,
    ext_host: str,
    accept: str,
    accept_version: PostMxPlatformProxyV1AcceptVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["ext_host"] = ext_host

    headers["Accept"] = accept

    if not isinstance(accept_version, Unset):
        headers["Accept-Version"] = str(accept_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mx/{mx_platform_resource_path}".format(
            mx_platform_resource_path=quote(str(mx_platform_resource_path), safe="/"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> MxPayload | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = MxPayload.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 202:
        response_202 = MxPayload.from_dict(loads_json(response.content))

        return response_202

    if response.status_code == 204:
        return None
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of post_mx_platform_proxy_v1")
