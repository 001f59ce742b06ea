from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mx_payload import MxPayload
from ...models.put_mx_platform_proxy_v1_accept_version import PutMxPlatformProxyV1AcceptVersion
from ...types import UNSET, Response, Unset, dumps_json, loads_json


def _get_kwargs(
    mx_platform_resource_path: str,
    *,
    body: MxPayload | Unset = UNSET,
    ext_host: str,
    accept: str,
    accept_version: PutMxPlatformProxyV1AcceptVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["ext_host"] = ext_host

    headers["Accept"] = accept

    if not isinstance(accept_version, Unset):
        headers["Accept-Version"] = str(accept_version)

    _kwargs: dict[str, Any] = {
        "method": "put",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | MxPayload | None:
    if response.status_code == 200:
        response_200 = MxPayload.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = MxPayload.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = MxPayload.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = MxPayload.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = MxPayload.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 405:
        response_405 = MxPayload.from_dict(loads_json(response.content))

        return response_405

    if response.status_code == 406:
        response_406 = MxPayload.from_dict(loads_json(response.content))

        return response_406

    if response.status_code == 409:
        response_409 = MxPayload.from_dict(loads_json(response.content))

        return response_409

    if response.status_code == 422:
        response_422 = MxPayload.from_dict(loads_json(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = MxPayload.from_dict(loads_json(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = MxPayload.from_dict(loads_json(response.content))

        return response_500

    if response.status_code == 502:
        response_502 = MxPayload.from_dict(loads_json(response.content))

        return response_502

    if response.status_code == 503:
        response_503 = MxPayload.from_dict(loads_json(response.content))

        return response_503

    if response.status_code == 504:
        response_504 = MxPayload.from_dict(loads_json(response.content))

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> MxPayload | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = MxPayload.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | MxPayload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    mx_platform_resource_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: MxPayload | Unset = UNSET,
    ext_host: str,
    accept: str,
    accept_version: PutMxPlatformProxyV1AcceptVersion | Unset = UNSET,
) -> Response[Any | MxPayload]:
    """MX Platform API passthrough (PUT)

    Args:
        mx_platform_resource_path (str): MX Platform resource, e.g. users/USR-1/accounts.
        ext_host (str): api.mx.com (production) or int-api.mx.com (MX sandbox).
        accept (str): application/vnd.mx.api.v1+json or application/json.
        accept_version (PutMxPlatformProxyV1AcceptVersion | Unset): MX Platform API version.
        body (MxPayload | Unset): A free-form MX JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MxPayload]
    """

    kwargs = _get_kwargs(
        mx_platform_resource_path=mx_platform_resource_path,
        body=body,
        ext_host=ext_host,
        accept=accept,
        accept_version=accept_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mx_platform_resource_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: MxPayload | Unset = UNSET,
    ext_host: str,
    accept: str,
    accept_version: PutMxPlatformProxyV1AcceptVersion | Unset = UNSET,
) -> Any | MxPayload | None:
    """MX Platform API passthrough (PUT)

    Args:
        mx_platform_resource_path (str): MX Platform resource, e.g. users/USR-1/accounts.
        ext_host (str): api.mx.com (production) or int-api.mx.com (MX sandbox).
        accept (str): application/vnd.mx.api.v1+json or application/json.
        accept_version (PutMxPlatformProxyV1AcceptVersion | Unset): MX Platform API version.
        body (MxPayload | Unset): A free-form MX JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MxPayload
    """

    return (
        await asyncio_detailed(
            mx_platform_resource_path=mx_platform_resource_path,
            client=client,
            body=body,
            ext_host=ext_host,
            accept=accept,
            accept_version=accept_version,
        )
    ).parsed
