from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription import Subscription
from ...types import UNSET, Response, Unset, dumps_json, loads_json


def _get_kwargs(
    di_fiid: str,
    di_ficustomer: str,
    *,
    body: Subscription,
    originating_ip: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(originating_ip, Unset):
        headers["originating_ip"] = originating_ip

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/subscriptions/v1/fis/{di_fiid}/fiCustomers/{di_ficustomer}/subscriptions".format(
            di_fiid=quote(str(di_fiid), safe=""),
            di_ficustomer=quote(str(di_ficustomer), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/xml"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Subscription | None:
    if response.status_code == 200:
        response_200 = Subscription.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> Subscription:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = Subscription.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Subscription]:
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
    body: Subscription,
    originating_ip: str | Unset = UNSET,
) -> Response[ErrorResponse | Subscription]:
    """Update a customer's subscription (legacy, XML; the id is in the body)

    Args:
        di_fiid (str): The institution's id (the di_fiid of the v1 token).
        di_ficustomer (str): The customer's id at the institution (the fiCustomerId of the
            subscriptions).
        originating_ip (str | Unset): The IP address of the end user's device, for the platform's
            audit trail.
        body (Subscription): A legacy subscription: which events reach which customer, how (XML).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Subscription]
    """

    kwargs = _get_kwargs(
        di_fiid=di_fiid,
        di_ficustomer=di_ficustomer,
        body=body,
        originating_ip=originating_ip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    di_fiid: str,
    di_ficustomer: str,
    *,
    client: AuthenticatedClient | Client,
    body: Subscription,
    originating_ip: str | Unset = UNSET,
) -> ErrorResponse | Subscription | None:
    """Update a customer's subscription (legacy, XML; the id is in the body)

    Args:
        di_fiid (str): The institution's id (the di_fiid of the v1 token).
        di_ficustomer (str): The customer's id at the institution (the fiCustomerId of the
            subscriptions).
        originating_ip (str | Unset): The IP address of the end user's device, for the platform's
            audit trail.
        body (Subscription): A legacy subscription: which events reach which customer, how (XML).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Subscription
    """

    return (
        await asyncio_detailed(
            di_fiid=di_fiid,
            di_ficustomer=di_ficustomer,
            client=client,
            body=body,
            originating_ip=originating_ip,
        )
    ).parsed
