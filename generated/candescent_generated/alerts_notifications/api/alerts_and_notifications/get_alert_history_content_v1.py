from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_history_content_resource import AlertHistoryContentResource
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    alert_history_id: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["alertHistoryId"] = alert_history_id

    params["eventId"] = event_id

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alert-history-content",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlertHistoryContentResource | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AlertHistoryContentResource.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> AlertHistoryContentResource:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = AlertHistoryContentResource.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AlertHistoryContentResource | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    alert_history_id: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    id: int | Unset = UNSET,
) -> Response[AlertHistoryContentResource | ErrorResponse]:
    """The rendered content of one delivered alert, by content id, history id or event id

    Args:
        alert_history_id (str | Unset): The delivered alert whose content to read (its history
            id).
        event_id (str | Unset): The event whose alert content to read.
        id (int | Unset): The content's own id (alertHistoryContentId).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertHistoryContentResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        alert_history_id=alert_history_id,
        event_id=event_id,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    alert_history_id: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    id: int | Unset = UNSET,
) -> AlertHistoryContentResource | ErrorResponse | None:
    """The rendered content of one delivered alert, by content id, history id or event id

    Args:
        alert_history_id (str | Unset): The delivered alert whose content to read (its history
            id).
        event_id (str | Unset): The event whose alert content to read.
        id (int | Unset): The content's own id (alertHistoryContentId).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertHistoryContentResource | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            alert_history_id=alert_history_id,
            event_id=event_id,
            id=id,
        )
    ).parsed
