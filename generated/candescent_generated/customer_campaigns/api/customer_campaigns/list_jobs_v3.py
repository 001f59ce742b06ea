from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.jobs_response import JobsResponse
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    group_id: UUID | Unset = UNSET,
    page: int | Unset = 0,
    size: int | Unset = 20,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_id: str | Unset = UNSET
    if not isinstance(group_id, Unset):
        json_group_id = str(group_id)
    params["groupId"] = json_group_id

    params["page"] = page

    params["size"] = size

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JobsResponse | None:
    if response.status_code == 200:
        response_200 = JobsResponse.from_dict(loads_json(response.content))

        return response_200

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


def _parse_success(response: httpx.Response) -> JobsResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = JobsResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | JobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_id: UUID | Unset = UNSET,
    page: int | Unset = 0,
    size: int | Unset = 20,
    sort: str | Unset = UNSET,
) -> Response[ErrorResponse | JobsResponse]:
    """List participant-import jobs

    Args:
        group_id (UUID | Unset): Only the jobs of this experience group (a UUID).
        page (int | Unset): 0-based page number. Default: 0.
        size (int | Unset): How many items per page (at least 1). Default: 20.
        sort (str | Unset): insertDateTime or group.groupName, e.g. insertDateTime,desc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobsResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        page=page,
        size=size,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    group_id: UUID | Unset = UNSET,
    page: int | Unset = 0,
    size: int | Unset = 20,
    sort: str | Unset = UNSET,
) -> ErrorResponse | JobsResponse | None:
    """List participant-import jobs

    Args:
        group_id (UUID | Unset): Only the jobs of this experience group (a UUID).
        page (int | Unset): 0-based page number. Default: 0.
        size (int | Unset): How many items per page (at least 1). Default: 20.
        sort (str | Unset): insertDateTime or group.groupName, e.g. insertDateTime,desc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JobsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            group_id=group_id,
            page=page,
            size=size,
            sort=sort,
        )
    ).parsed
