from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscriptions import Subscriptions
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    di_fiid: str,
    *,
    event_type: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    filter_out_subs: str | Unset = UNSET,
    status: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(originating_ip, Unset):
        headers["originating_ip"] = originating_ip

    params: dict[str, Any] = {}

    params["eventType"] = event_type

    params["limit"] = limit

    params["userToken"] = user_token

    params["filterOutSubs"] = filter_out_subs

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions/v1/fis/{di_fiid}/subscriptions".format(
            di_fiid=quote(str(di_fiid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Subscriptions | None:
    if response.status_code == 200:
        response_200 = Subscriptions.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> Subscriptions:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = Subscriptions.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Subscriptions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    di_fiid: str,
    *,
    client: AuthenticatedClient | Client,
    event_type: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    filter_out_subs: str | Unset = UNSET,
    status: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
) -> Response[ErrorResponse | Subscriptions]:
    """Every subscription of the institution, keyset-paged by customer (legacy, XML)

    Args:
        di_fiid (str): The institution's id (the di_fiid of the v1 token).
        event_type (str | Unset): Only subscriptions to this event type.
        limit (str | Unset): Subscriptions per page: a number sent as a string (the platform's
            default is 30).
        user_token (str | Unset): Where the page starts: the fiCustomerId of the last subscription
            of the previous page.
        filter_out_subs (str | Unset): 'true' leaves out subscriptions already processed today (a
            boolean sent as a string).
        status (str | Unset): A: active subscriptions only; I: inactive ones only; both when
            absent.
        originating_ip (str | Unset): The IP address of the end user's device, for the platform's
            audit trail.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Subscriptions]
    """

    kwargs = _get_kwargs(
        di_fiid=di_fiid,
        event_type=event_type,
        limit=limit,
        user_token=user_token,
        filter_out_subs=filter_out_subs,
        status=status,
        originating_ip=originating_ip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    di_fiid: str,
    *,
    client: AuthenticatedClient | Client,
    event_type: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    filter_out_subs: str | Unset = UNSET,
    status: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
) -> ErrorResponse | Subscriptions | None:
    """Every subscription of the institution, keyset-paged by customer (legacy, XML)

    Args:
        di_fiid (str): The institution's id (the di_fiid of the v1 token).
        event_type (str | Unset): Only subscriptions to this event type.
        limit (str | Unset): Subscriptions per page: a number sent as a string (the platform's
            default is 30).
        user_token (str | Unset): Where the page starts: the fiCustomerId of the last subscription
            of the previous page.
        filter_out_subs (str | Unset): 'true' leaves out subscriptions already processed today (a
            boolean sent as a string).
        status (str | Unset): A: active subscriptions only; I: inactive ones only; both when
            absent.
        originating_ip (str | Unset): The IP address of the end user's device, for the platform's
            audit trail.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Subscriptions
    """

    return (
        await asyncio_detailed(
            di_fiid=di_fiid,
            client=client,
            event_type=event_type,
            limit=limit,
            user_token=user_token,
            filter_out_subs=filter_out_subs,
            status=status,
            originating_ip=originating_ip,
        )
    ).parsed
