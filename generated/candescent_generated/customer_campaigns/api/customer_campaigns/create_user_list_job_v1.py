from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.promotions_suite_error import PromotionsSuiteError
from ...models.user_list_job_request import UserListJobRequest
from ...models.user_list_job_response import UserListJobResponse
from ...types import Response, dumps_json, loads_json


def _get_kwargs(
    fi_id: str,
    *,
    body: UserListJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pss/v1/fis/{fi_id}/audiences/userListJobs".format(
            fi_id=quote(str(fi_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PromotionsSuiteError | UserListJobResponse | None:
    if response.status_code == 202:
        response_202 = UserListJobResponse.from_dict(loads_json(response.content))

        return response_202

    if response.status_code == 400:
        response_400 = PromotionsSuiteError.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = PromotionsSuiteError.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 429:
        response_429 = PromotionsSuiteError.from_dict(loads_json(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = PromotionsSuiteError.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> UserListJobResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 202:
        response_202 = UserListJobResponse.from_dict(loads_json(response.content))

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PromotionsSuiteError | UserListJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    fi_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserListJobRequest,
) -> Response[PromotionsSuiteError | UserListJobResponse]:
    """Upload a promotions user list by member id (asynchronous)

    Args:
        fi_id (str): The institution's id (the five-digit FI id of the v1 token).
        body (UserListJobRequest): A promotions user list given by member id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PromotionsSuiteError | UserListJobResponse]
    """

    kwargs = _get_kwargs(
        fi_id=fi_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fi_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserListJobRequest,
) -> PromotionsSuiteError | UserListJobResponse | None:
    """Upload a promotions user list by member id (asynchronous)

    Args:
        fi_id (str): The institution's id (the five-digit FI id of the v1 token).
        body (UserListJobRequest): A promotions user list given by member id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PromotionsSuiteError | UserListJobResponse
    """

    return (
        await asyncio_detailed(
            fi_id=fi_id,
            client=client,
            body=body,
        )
    ).parsed
