from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token_request_v2 import AccessTokenRequestV2
from ...models.access_token_response_v2 import AccessTokenResponseV2
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    body: AccessTokenRequestV2,
    institution_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(institution_id, Unset):
        headers["institutionId"] = institution_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth2/v1/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessTokenResponseV2 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccessTokenResponseV2.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> AccessTokenResponseV2:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = AccessTokenResponseV2.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessTokenResponseV2 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccessTokenRequestV2,
    institution_id: str | Unset = UNSET,
) -> Response[AccessTokenResponseV2 | ErrorResponse]:
    """Create an OAuth V2 access token

     Exchanges client credentials (HTTP Basic) plus a grant for a bearer token used by every current API.
    Grants: client_credentials (institution-scoped), password (customer-scoped, returns a refresh
    token), authorization_code (OIDC, returns an id_token) and refresh_token (rotates the refresh
    token).

    Args:
        institution_id (str | Unset): Financial institution identifier (e.g. 00016). Required for
            the client_credentials, password and authorization_code grants; not needed for
            refresh_token.
        body (AccessTokenRequestV2): Form body of the V2 token request. Which optional fields
            apply depends on grant_type: password needs username and password; authorization_code
            needs code; refresh_token needs refresh_token; scopes is optional for client_credentials
            and password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenResponseV2 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        institution_id=institution_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccessTokenRequestV2,
    institution_id: str | Unset = UNSET,
) -> AccessTokenResponseV2 | ErrorResponse | None:
    """Create an OAuth V2 access token

     Exchanges client credentials (HTTP Basic) plus a grant for a bearer token used by every current API.
    Grants: client_credentials (institution-scoped), password (customer-scoped, returns a refresh
    token), authorization_code (OIDC, returns an id_token) and refresh_token (rotates the refresh
    token).

    Args:
        institution_id (str | Unset): Financial institution identifier (e.g. 00016). Required for
            the client_credentials, password and authorization_code grants; not needed for
            refresh_token.
        body (AccessTokenRequestV2): Form body of the V2 token request. Which optional fields
            apply depends on grant_type: password needs username and password; authorization_code
            needs code; refresh_token needs refresh_token; scopes is optional for client_credentials
            and password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenResponseV2 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            institution_id=institution_id,
        )
    ).parsed
