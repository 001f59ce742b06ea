from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.mx_real_time_error import MxRealTimeError
from ...models.put_mx_real_time_proxy_v1_body import PutMxRealTimeProxyV1Body
from ...models.put_mx_real_time_proxy_v1_response_200 import PutMxRealTimeProxyV1Response200
from ...types import Response, dumps_json, loads_json


def _get_kwargs(
    institution_id: str,
    mx_real_time_resource_path: str,
    *,
    body: PutMxRealTimeProxyV1Body,
    ext_host: str,
    accept: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["ext_host"] = ext_host

    headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "put",
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MxRealTimeError | PutMxRealTimeProxyV1Response200 | None:
    if response.status_code == 200:
        response_200 = PutMxRealTimeProxyV1Response200.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = MxRealTimeError.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = MxRealTimeError.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = MxRealTimeError.from_dict(loads_json(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = MxRealTimeError.from_dict(loads_json(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads_json(response.content))

        return response_500

    if response.status_code == 502:
        response_502 = MxRealTimeError.from_dict(loads_json(response.content))

        return response_502

    if response.status_code == 503:
        response_503 = MxRealTimeError.from_dict(loads_json(response.content))

        return response_503

    if response.status_code == 504:
        response_504 = MxRealTimeError.from_dict(loads_json(response.content))

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> PutMxRealTimeProxyV1Response200:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = PutMxRealTimeProxyV1Response200.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MxRealTimeError | PutMxRealTimeProxyV1Response200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    institution_id: str,
    mx_real_time_resource_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: PutMxRealTimeProxyV1Body,
    ext_host: str,
    accept: str,
) -> Response[ErrorResponse | MxRealTimeError | PutMxRealTimeProxyV1Response200]:
    """MX Real Time passthrough (PUT)

    Args:
        institution_id (str): The MX client id of the institution; it must be the token's
            institution.
        mx_real_time_resource_path (str): The MDX v5 resource, e.g. users/U1/members.json ('/'
            kept; '.', '..' and empty segments refused).
        ext_host (str): The MX host the gateway forwards to: live.moneydesktop.com or int-
            live.moneydesktop.com.
        accept (str): The answer's media type, sent as Accept: MDX v5 JSON or XML.
        body (PutMxRealTimeProxyV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MxRealTimeError | PutMxRealTimeProxyV1Response200]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        mx_real_time_resource_path=mx_real_time_resource_path,
        body=body,
        ext_host=ext_host,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_id: str,
    mx_real_time_resource_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: PutMxRealTimeProxyV1Body,
    ext_host: str,
    accept: str,
) -> ErrorResponse | MxRealTimeError | PutMxRealTimeProxyV1Response200 | None:
    """MX Real Time passthrough (PUT)

    Args:
        institution_id (str): The MX client id of the institution; it must be the token's
            institution.
        mx_real_time_resource_path (str): The MDX v5 resource, e.g. users/U1/members.json ('/'
            kept; '.', '..' and empty segments refused).
        ext_host (str): The MX host the gateway forwards to: live.moneydesktop.com or int-
            live.moneydesktop.com.
        accept (str): The answer's media type, sent as Accept: MDX v5 JSON or XML.
        body (PutMxRealTimeProxyV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MxRealTimeError | PutMxRealTimeProxyV1Response200
    """

    return (
        await asyncio_detailed(
            institution_id=institution_id,
            mx_real_time_resource_path=mx_real_time_resource_path,
            client=client,
            body=body,
            ext_host=ext_host,
            accept=accept,
        )
    ).parsed
