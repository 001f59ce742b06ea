from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorize_client_request import AuthorizeClientRequest
from ...models.authorize_client_response import AuthorizeClientResponse
from ...models.error_response import ErrorResponse
from ...types import Response, loads_json


def _get_kwargs(
    *,
    body: AuthorizeClientRequest,
    institution_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["institutionId"] = institution_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/client-authorization",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorizeClientResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AuthorizeClientResponse.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> AuthorizeClientResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = AuthorizeClientResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthorizeClientResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeClientRequest,
    institution_id: str,
) -> Response[AuthorizeClientResponse | ErrorResponse]:
    """Authorize a partner client (OIDC step 1)

     Returns the scopes approved for a partner client application, its application id and the
    authorization-flow policy flags (secondary authentication, consent, device registration) to honour
    before generating an authorization code.

    Args:
        institution_id (str): Financial institution identifier (e.g. 00016).
        body (AuthorizeClientRequest): Form body for authorizing a partner client.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizeClientResponse | ErrorResponse]
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
    body: AuthorizeClientRequest,
    institution_id: str,
) -> AuthorizeClientResponse | ErrorResponse | None:
    """Authorize a partner client (OIDC step 1)

     Returns the scopes approved for a partner client application, its application id and the
    authorization-flow policy flags (secondary authentication, consent, device registration) to honour
    before generating an authorization code.

    Args:
        institution_id (str): Financial institution identifier (e.g. 00016).
        body (AuthorizeClientRequest): Form body for authorizing a partner client.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizeClientResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            institution_id=institution_id,
        )
    ).parsed
