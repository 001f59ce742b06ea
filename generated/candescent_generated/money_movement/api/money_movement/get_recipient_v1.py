from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.recipients import Recipients
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    recipient_id: str,
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hostUserId"] = host_user_id

    params["loginId"] = login_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/recipients/{recipient_id}".format(
            recipient_id=quote(str(recipient_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Recipients | None:
    if response.status_code == 200:
        response_200 = Recipients.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> Recipients:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = Recipients.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Recipients]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    recipient_id: str,
    *,
    client: AuthenticatedClient | Client,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> Response[ErrorResponse | Recipients]:
    """Get one recipient

     Returns one recipient inside the RecipientList wrapper (platform schema Recipients), not a bare
    Recipient.

    Args:
        recipient_id (str): The recipient's id, as returned when it was created.
        host_user_id (str | Unset): The user's host (core) id, i.e. member number. With a
            client_credentials token pass hostUserId or loginId (not both); omit both with a password-
            grant token.
        login_id (str | Unset): The user's login id. With a client_credentials token pass
            hostUserId or loginId (not both); omit both with a password-grant token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Recipients]
    """

    kwargs = _get_kwargs(
        recipient_id=recipient_id,
        host_user_id=host_user_id,
        login_id=login_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    recipient_id: str,
    *,
    client: AuthenticatedClient | Client,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> ErrorResponse | Recipients | None:
    """Get one recipient

     Returns one recipient inside the RecipientList wrapper (platform schema Recipients), not a bare
    Recipient.

    Args:
        recipient_id (str): The recipient's id, as returned when it was created.
        host_user_id (str | Unset): The user's host (core) id, i.e. member number. With a
            client_credentials token pass hostUserId or loginId (not both); omit both with a password-
            grant token.
        login_id (str | Unset): The user's login id. With a client_credentials token pass
            hostUserId or loginId (not both); omit both with a password-grant token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Recipients
    """

    return (
        await asyncio_detailed(
            recipient_id=recipient_id,
            client=client,
            host_user_id=host_user_id,
            login_id=login_id,
        )
    ).parsed
