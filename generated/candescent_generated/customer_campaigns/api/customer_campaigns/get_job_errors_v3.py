from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job_errors_response import JobErrorsResponse
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    job_id: UUID,
    *,
    page: int | Unset = 0,
    size: int | Unset = 20,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/jobs/{job_id}/errors".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JobErrorsResponse | None:
    if response.status_code == 200:
        response_200 = JobErrorsResponse.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> JobErrorsResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = JobErrorsResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | JobErrorsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    sort: str | Unset = UNSET,
) -> Response[ErrorResponse | JobErrorsResponse]:
    """The rejected lines of an import job

    Args:
        job_id (UUID): The participant-import job's id (a UUID, as the upload answered it).
        page (int | Unset): 0-based page number. Default: 0.
        size (int | Unset): How many items per page (at least 1). Default: 20.
        sort (str | Unset): lineNbr or errorMsg, e.g. lineNbr,asc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobErrorsResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        page=page,
        size=size,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    sort: str | Unset = UNSET,
) -> ErrorResponse | JobErrorsResponse | None:
    """The rejected lines of an import job

    Args:
        job_id (UUID): The participant-import job's id (a UUID, as the upload answered it).
        page (int | Unset): 0-based page number. Default: 0.
        size (int | Unset): How many items per page (at least 1). Default: 20.
        sort (str | Unset): lineNbr or errorMsg, e.g. lineNbr,asc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JobErrorsResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            page=page,
            size=size,
            sort=sort,
        )
    ).parsed
