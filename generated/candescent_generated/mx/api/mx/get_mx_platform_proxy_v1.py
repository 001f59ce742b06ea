from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_mx_platform_proxy_v1_response_200 import GetMxPlatformProxyV1Response200
from ...models.mx_platform_error import MxPlatformError
from ...types import UNSET, Response, Unset, loads_json


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MxPlatformError | GetMxPlatformProxyV1Response200 | None:
    if response.status_code == 200:
        response_200 = GetMxPlatformProxyV1Response200.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorResponse | MxPlatformError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ErrorResponse.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = MxPlatformError.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(loads_json(response.content))

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorResponse | MxPlatformError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_401_type_0 = ErrorResponse.from_dict(data)

                return response_401_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_401_type_1 = MxPlatformError.from_dict(data)

            return response_401_type_1

        response_401 = _parse_response_401(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = MxPlatformError.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = MxPlatformError.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 405:
        response_405 = MxPlatformError.from_dict(loads_json(response.content))

        return response_405

    if response.status_code == 406:
        response_406 = MxPlatformError.from_dict(loads_json(response.content))

        return response_406

    if response.status_code == 422:
        response_422 = MxPlatformError.from_dict(loads_json(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = MxPlatformError.from_dict(loads_json(response.content))

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorResponse | MxPlatformError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_500_type_0 = ErrorResponse.from_dict(data)

                return response_500_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_500_type_1 = MxPlatformError.from_dict(data)

            return response_500_type_1

        response_500 = _parse_response_500(loads_json(response.content))

        return response_500

    if response.status_code == 502:
        response_502 = MxPlatformError.from_dict(loads_json(response.content))

        return response_502

    if response.status_code == 503:
        response_503 = MxPlatformError.from_dict(loads_json(response.content))

        return response_503

    if response.status_code == 504:
        response_504 = MxPlatformError.from_dict(loads_json(response.content))

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> GetMxPlatformProxyV1Response200:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = GetMxPlatformProxyV1Response200.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MxPlatformError | GetMxPlatformProxyV1Response200]:
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
    ext_host: str,
    accept: str,
    accept_version: str | Unset = UNSET,
) -> Response[ErrorResponse | MxPlatformError | GetMxPlatformProxyV1Response200]:
    """MX Platform API passthrough (GET)

    Args:
        mx_platform_resource_path (str): The MX Platform API resource after the gateway prefix,
            e.g. users/USR-1/accounts (its '/' are kept; '.', '..' and empty segments are refused).
        ext_host (str): The MX host the gateway forwards to: api.mx.com (production) or int-
            api.mx.com (integration).
        accept (str): The answer's media type, sent as Accept: an MX Platform API type.
        accept_version (str | Unset): The MX Platform API version, e.g. v20250224 (MX's newest) or
            v20111101.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MxPlatformError | GetMxPlatformProxyV1Response200 | MxPlatformError]
    """

    kwargs = _get_kwargs(
        mx_platform_resource_path=mx_platform_resource_path,
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
    ext_host: str,
    accept: str,
    accept_version: str | Unset = UNSET,
) -> ErrorResponse | MxPlatformError | GetMxPlatformProxyV1Response200 | None:
    """MX Platform API passthrough (GET)

    Args:
        mx_platform_resource_path (str): The MX Platform API resource after the gateway prefix,
            e.g. users/USR-1/accounts (its '/' are kept; '.', '..' and empty segments are refused).
        ext_host (str): The MX host the gateway forwards to: api.mx.com (production) or int-
            api.mx.com (integration).
        accept (str): The answer's media type, sent as Accept: an MX Platform API type.
        accept_version (str | Unset): The MX Platform API version, e.g. v20250224 (MX's newest) or
            v20111101.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MxPlatformError | GetMxPlatformProxyV1Response200 | MxPlatformError
    """

    return (
        await asyncio_detailed(
            mx_platform_resource_path=mx_platform_resource_path,
            client=client,
            ext_host=ext_host,
            accept=accept,
            accept_version=accept_version,
        )
    ).parsed
