from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscriptions import Subscriptions
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    di_fiid: str,
    di_ficustomer: str,
    *,
    event_type: str | Unset = UNSET,
    action: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(originating_ip, Unset):
        headers["originating_ip"] = originating_ip

    params: dict[str, Any] = {}

    params["eventType"] = event_type

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions/v1/fis/{di_fiid}/fiCustomers/{di_ficustomer}/subscriptions".format(
            di_fiid=quote(str(di_fiid), safe=""),
            di_ficustomer=quote(str(di_ficustomer), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Subscriptions | None:
    if response.status_code == 200:
        response_200 = Subscriptions.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _parse_success(response: httpx.Response) -> Subscriptions | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = Subscriptions.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | Subscriptions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    di_fiid: str,
    di_ficustomer: str,
    *,
    client: AuthenticatedClient | Client,
    event_type: str | Unset = UNSET,
    action: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Subscriptions]:
    """A customer's event subscriptions (legacy, XML); 204 when there are none

    Args:
        di_fiid (str): The institution's id (the di_fiid of the v1 token).
        di_ficustomer (str): The customer's id at the institution (the fiCustomerId of the
            subscriptions).
        event_type (str | Unset): Only subscriptions to this event type.
        action (str | Unset): Only subscriptions with this action, e.g. EMAIL or SMS.
        originating_ip (str | Unset): The IP address of the end user's device, for the platform's
            audit trail.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Subscriptions]
    """

    kwargs = _get_kwargs(
        di_fiid=di_fiid,
        di_ficustomer=di_ficustomer,
        event_type=event_type,
        action=action,
        originating_ip=originating_ip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    di_fiid: str,
    di_ficustomer: str,
    *,
    client: AuthenticatedClient | Client,
    event_type: str | Unset = UNSET,
    action: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
) -> Any | ErrorResponse | Subscriptions | None:
    """A customer's event subscriptions (legacy, XML); 204 when there are none

    Args:
        di_fiid (str): The institution's id (the di_fiid of the v1 token).
        di_ficustomer (str): The customer's id at the institution (the fiCustomerId of the
            subscriptions).
        event_type (str | Unset): Only subscriptions to this event type.
        action (str | Unset): Only subscriptions with this action, e.g. EMAIL or SMS.
        originating_ip (str | Unset): The IP address of the end user's device, for the platform's
            audit trail.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Subscriptions
    """

    return (
        await asyncio_detailed(
            di_fiid=di_fiid,
            di_ficustomer=di_ficustomer,
            client=client,
            event_type=event_type,
            action=action,
            originating_ip=originating_ip,
        )
    ).parsed
