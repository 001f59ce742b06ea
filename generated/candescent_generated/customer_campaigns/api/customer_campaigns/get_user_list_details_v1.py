from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_user_list_details_v1_view_name import GetUserListDetailsV1ViewName
from ...models.user_list_details_response import UserListDetailsResponse
from ...types import UNSET, Response, loads_json


def _get_kwargs(
    *,
    userlist_file_name: str,
    view_name: GetUserListDetailsV1ViewName,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["userlistFileName"] = userlist_file_name

    json_view_name = GetUserListDetailsV1ViewName(view_name).value
    params["viewName"] = json_view_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/userlists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserListDetailsResponse | None:
    if response.status_code == 200:
        response_200 = UserListDetailsResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> UserListDetailsResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = UserListDetailsResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UserListDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    userlist_file_name: str,
    view_name: GetUserListDetailsV1ViewName,
) -> Response[ErrorResponse | UserListDetailsResponse]:
    """A user list file's processing status or error report

    Args:
        userlist_file_name (str): The uploaded file's name: FI<five-digit FI id>_<list
            name>_<yyyyMMddHHmmss>.csv.
        view_name (GetUserListDetailsV1ViewName): fileStatus: the file's processing status and
            counts; fileErrorReport: where its error report is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserListDetailsResponse]
    """

    kwargs = _get_kwargs(
        userlist_file_name=userlist_file_name,
        view_name=view_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    userlist_file_name: str,
    view_name: GetUserListDetailsV1ViewName,
) -> ErrorResponse | UserListDetailsResponse | None:
    """A user list file's processing status or error report

    Args:
        userlist_file_name (str): The uploaded file's name: FI<five-digit FI id>_<list
            name>_<yyyyMMddHHmmss>.csv.
        view_name (GetUserListDetailsV1ViewName): fileStatus: the file's processing status and
            counts; fileErrorReport: where its error report is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserListDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            userlist_file_name=userlist_file_name,
            view_name=view_name,
        )
    ).parsed
