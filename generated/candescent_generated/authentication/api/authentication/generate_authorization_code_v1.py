from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_code_request import AuthorizationCodeRequest
from ...models.authorization_code_response import AuthorizationCodeResponse
from ...models.error_response import ErrorResponse
from ...types import Response, loads_json


def _get_kwargs(
    *,
    body: AuthorizationCodeRequest,
    institution_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["institutionId"] = institution_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth-code",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorizationCodeResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AuthorizationCodeResponse.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> AuthorizationCodeResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = AuthorizationCodeResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthorizationCodeResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeRequest,
    institution_id: str,
) -> Response[AuthorizationCodeResponse | ErrorResponse]:
    """Generate an authorization code (OIDC step 2)

     Issues a short-lived authorization code for a signed-in user and a partner client application;
    exchange it at the token endpoint with grant_type=authorization_code. Supplying nonce, aud or
    requested_scopes switches to the OpenID Connect flow. The partner client_id must differ from the
    calling application.

    Args:
        institution_id (str): Financial institution identifier (e.g. 00016).
        body (AuthorizationCodeRequest): Form body for generating an authorization code. Providing
            nonce, aud or requested_scopes selects the OpenID Connect flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizationCodeResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        institution_id=institution_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeRequest,
    institution_id: str,
) -> AuthorizationCodeResponse | ErrorResponse | None:
    """Generate an authorization code (OIDC step 2)

     Issues a short-lived authorization code for a signed-in user and a partner client application;
    exchange it at the token endpoint with grant_type=authorization_code. Supplying nonce, aud or
    requested_scopes switches to the OpenID Connect flow. The partner client_id must differ from the
    calling application.

    Args:
        institution_id (str): Financial institution identifier (e.g. 00016).
        body (AuthorizationCodeRequest): Form body for generating an authorization code. Providing
            nonce, aud or requested_scopes selects the OpenID Connect flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizationCodeResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            institution_id=institution_id,
        )
    ).parsed
