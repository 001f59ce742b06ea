from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.promotions_suite_error import PromotionsSuiteError
from ...models.user_list_job_status import UserListJobStatus
from ...types import Response, loads_json


def _get_kwargs(
    fi_id: str,
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pss/v1/fis/{fi_id}/audiences/userListJobs/{job_id}".format(
            fi_id=quote(str(fi_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PromotionsSuiteError | UserListJobStatus | None:
    if response.status_code == 200:
        response_200 = UserListJobStatus.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = PromotionsSuiteError.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = PromotionsSuiteError.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = PromotionsSuiteError.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> UserListJobStatus:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = UserListJobStatus.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PromotionsSuiteError | UserListJobStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    fi_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PromotionsSuiteError | UserListJobStatus]:
    """A promotions user-list job's status (kept 30 days)

    Args:
        fi_id (str): The institution's id (the five-digit FI id of the v1 token).
        job_id (str): The user-list job's id (the numeric string createUserListJobV1 answered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PromotionsSuiteError | UserListJobStatus]
    """

    kwargs = _get_kwargs(
        fi_id=fi_id,
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fi_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PromotionsSuiteError | UserListJobStatus | None:
    """A promotions user-list job's status (kept 30 days)

    Args:
        fi_id (str): The institution's id (the five-digit FI id of the v1 token).
        job_id (str): The user-list job's id (the numeric string createUserListJobV1 answered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PromotionsSuiteError | UserListJobStatus
    """

    return (
        await asyncio_detailed(
            fi_id=fi_id,
            job_id=job_id,
            client=client,
        )
    ).parsed
