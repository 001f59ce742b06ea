from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_user_status_v1_user_id_type import GetUserStatusV1UserIdType
from ...models.user_status_1 import UserStatus1
from ...types import UNSET, Response, loads_json


def _get_kwargs(
    institution_user_id: str,
    *,
    user_id_type: GetUserStatusV1UserIdType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_id_type = GetUserStatusV1UserIdType(user_id_type).value
    params["userIdType"] = json_user_id_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/user-status/{institution_user_id}".format(
            institution_user_id=quote(str(institution_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserStatus1 | None:
    if response.status_code == 200:
        response_200 = UserStatus1.from_dict(loads_json(response.content))

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> UserStatus1:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = UserStatus1.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UserStatus1]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    institution_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id_type: GetUserStatusV1UserIdType,
) -> Response[ErrorResponse | UserStatus1]:
    """A user's lock, hold and reset status

    Args:
        institution_user_id (str): The user, as userIdType says.
        user_id_type (GetUserStatusV1UserIdType): What institutionUserId holds:
            INSTITUTION_USER_ID, HOST_USER_ID (the member number, retail users), LOGIN_ID or
            CUSTOMER_ID (the legacy customer GUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserStatus1]
    """

    kwargs = _get_kwargs(
        institution_user_id=institution_user_id,
        user_id_type=user_id_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id_type: GetUserStatusV1UserIdType,
) -> ErrorResponse | UserStatus1 | None:
    """A user's lock, hold and reset status

    Args:
        institution_user_id (str): The user, as userIdType says.
        user_id_type (GetUserStatusV1UserIdType): What institutionUserId holds:
            INSTITUTION_USER_ID, HOST_USER_ID (the member number, retail users), LOGIN_ID or
            CUSTOMER_ID (the legacy customer GUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserStatus1
    """

    return (
        await asyncio_detailed(
            institution_user_id=institution_user_id,
            client=client,
            user_id_type=user_id_type,
        )
    ).parsed
