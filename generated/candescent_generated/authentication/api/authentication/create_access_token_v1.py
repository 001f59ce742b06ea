from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token_request_v1 import AccessTokenRequestV1
from ...models.access_token_response_v1 import AccessTokenResponseV1
from ...models.status import Status
from ...types import Response, loads_json


def _get_kwargs(
    *,
    body: AccessTokenRequestV1,
    di_fiid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["di_fiid"] = di_fiid

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessTokenResponseV1 | Status | None:
    if response.status_code == 200:
        response_200 = AccessTokenResponseV1.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Status.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Status.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Status.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 500:
        response_500 = Status.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> AccessTokenResponseV1:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = AccessTokenResponseV1.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessTokenResponseV1 | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccessTokenRequestV1,
    di_fiid: str,
) -> Response[AccessTokenResponseV1 | Status]:
    """Create a legacy OAuth V1 access token (XML response)

     Issues a bearer token for the legacy V1 APIs (registration, legacy profile and accounts,
    notification channels, promotions suite). Grants: client_credentials, or password for retail users
    (adds customer context and a refresh token). There is no refresh grant on this endpoint. Tokens last
    30 minutes by default.

    Args:
        di_fiid (str): Financial institution identifier (e.g. 00016); must be authorised for the
            application.
        body (AccessTokenRequestV1): Form body of the legacy V1 token request; username and
            password are needed with the password grant (retail users only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenResponseV1 | Status]
    """

    kwargs = _get_kwargs(
        body=body,
        di_fiid=di_fiid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccessTokenRequestV1,
    di_fiid: str,
) -> AccessTokenResponseV1 | Status | None:
    """Create a legacy OAuth V1 access token (XML response)

     Issues a bearer token for the legacy V1 APIs (registration, legacy profile and accounts,
    notification channels, promotions suite). Grants: client_credentials, or password for retail users
    (adds customer context and a refresh token). There is no refresh grant on this endpoint. Tokens last
    30 minutes by default.

    Args:
        di_fiid (str): Financial institution identifier (e.g. 00016); must be authorised for the
            application.
        body (AccessTokenRequestV1): Form body of the legacy V1 token request; username and
            password are needed with the password grant (retail users only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenResponseV1 | Status
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            di_fiid=di_fiid,
        )
    ).parsed
