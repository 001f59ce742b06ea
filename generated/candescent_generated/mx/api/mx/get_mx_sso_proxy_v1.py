from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_mx_sso_proxy_v1_response_200 import GetMxSsoProxyV1Response200
from ...models.mx_sso_error import MxSsoError
from ...types import Response, loads_json


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
        "method": "get",
        "url": "/mx/{institution_id}/{mx_sso_resource_path}".format(
            institution_id=quote(str(institution_id), safe=""),
            mx_sso_resource_path=quote(str(mx_sso_resource_path), safe="/"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMxSsoProxyV1Response200 | MxSsoError | None:
    if response.status_code == 200:
        response_200 = GetMxSsoProxyV1Response200.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = MxSsoError.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = MxSsoError.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = MxSsoError.from_dict(loads_json(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads_json(response.content))

        return response_500

    if response.status_code == 502:
        response_502 = MxSsoError.from_dict(loads_json(response.content))

        return response_502

    if response.status_code == 503:
        response_503 = MxSsoError.from_dict(loads_json(response.content))

        return response_503

    if response.status_code == 504:
        response_504 = MxSsoError.from_dict(loads_json(response.content))

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> GetMxSsoProxyV1Response200:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = GetMxSsoProxyV1Response200.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetMxSsoProxyV1Response200 | MxSsoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    institution_id: str,
    mx_sso_resource_path: str,
    *,
    client: AuthenticatedClient | Client,
    ext_host: str,
    accept: str,
) -> Response[ErrorResponse | GetMxSsoProxyV1Response200 | MxSsoError]:
    """MX SSO passthrough (GET): widget URLs or an api_token

    Args:
        institution_id (str): The MX client id of the institution; it must be the token's
            institution.
        mx_sso_resource_path (str): The SSO resource, e.g. users/USR-1/widget_urls ('/' kept; '.',
            '..' and empty segments refused).
        ext_host (str): The MX host the gateway forwards to: sso.moneydesktop.com or int-
            sso.moneydesktop.com.
        accept (str): The answer's media type, sent as Accept: SSO v3 JSON or XML.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMxSsoProxyV1Response200 | MxSsoError]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        mx_sso_resource_path=mx_sso_resource_path,
        ext_host=ext_host,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_id: str,
    mx_sso_resource_path: str,
    *,
    client: AuthenticatedClient | Client,
    ext_host: str,
    accept: str,
) -> ErrorResponse | GetMxSsoProxyV1Response200 | MxSsoError | None:
    """MX SSO passthrough (GET): widget URLs or an api_token

    Args:
        institution_id (str): The MX client id of the institution; it must be the token's
            institution.
        mx_sso_resource_path (str): The SSO resource, e.g. users/USR-1/widget_urls ('/' kept; '.',
            '..' and empty segments refused).
        ext_host (str): The MX host the gateway forwards to: sso.moneydesktop.com or int-
            sso.moneydesktop.com.
        accept (str): The answer's media type, sent as Accept: SSO v3 JSON or XML.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMxSsoProxyV1Response200 | MxSsoError
    """

    return (
        await asyncio_detailed(
            institution_id=institution_id,
            mx_sso_resource_path=mx_sso_resource_path,
            client=client,
            ext_host=ext_host,
            accept=accept,
        )
    ).parsed
