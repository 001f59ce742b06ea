"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.post_mx_real_time_proxy_v1_body import PostMxRealTimeProxyV1Body
from ...models.post_mx_real_time_proxy_v1_response_200 import PostMxRealTimeProxyV1Response200
from ...types import dumps_json, loads_json


def _get_kwargs(
    institution_id: str,
    mx_real_time_resource_path: str,
    *,
    body: PostMxRealTimeProxyV1Body,
    ext_host: str,
    accept: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["ext_host"] = ext_host

    headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mx/{institution_id}/{mx_real_time_resource_path}".format(
            institution_id=quote(str(institution_id), safe=""),
            mx_real_time_resource_path=quote(str(mx_real_time_resource_path), safe="/"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.moneydesktop.mdx.v5+json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> PostMxRealTimeProxyV1Response200:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return PostMxRealTimeProxyV1Response200.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of post_mx_real_time_proxy_v1")
