from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_details import BusinessDetails
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    search_type: str,
    search_value: str,
    include_tins: bool | Unset = False,
    include_users: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["searchType"] = search_type

    params["searchValue"] = search_value

    params["includeTins"] = include_tins

    params["includeUsers"] = include_users

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/business-details",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessDetails | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BusinessDetails.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> BusinessDetails:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = BusinessDetails.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusinessDetails | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search_type: str,
    search_value: str,
    include_tins: bool | Unset = False,
    include_users: bool | Unset = False,
) -> Response[BusinessDetails | ErrorResponse]:
    """A business's profile, optionally with its TINs and users

    Args:
        search_type (str): What searchValue holds: BUSINESS_ID or LOGIN_ID (of one of its users).
        search_value (str): The business id, or a user's login id, to find the business by.
        include_tins (bool | Unset): true: include the business's TINs. Default false. Default:
            False.
        include_users (bool | Unset): true: include the business's users. Default false. Default:
            False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessDetails | ErrorResponse]
    """

    kwargs = _get_kwargs(
        search_type=search_type,
        search_value=search_value,
        include_tins=include_tins,
        include_users=include_users,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search_type: str,
    search_value: str,
    include_tins: bool | Unset = False,
    include_users: bool | Unset = False,
) -> BusinessDetails | ErrorResponse | None:
    """A business's profile, optionally with its TINs and users

    Args:
        search_type (str): What searchValue holds: BUSINESS_ID or LOGIN_ID (of one of its users).
        search_value (str): The business id, or a user's login id, to find the business by.
        include_tins (bool | Unset): true: include the business's TINs. Default false. Default:
            False.
        include_users (bool | Unset): true: include the business's users. Default false. Default:
            False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessDetails | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            search_type=search_type,
            search_value=search_value,
            include_tins=include_tins,
            include_users=include_users,
        )
    ).parsed
