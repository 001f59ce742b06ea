import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_2 import Error2
from ...models.payments import Payments
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    login_id: str,
    from_date: datetime.date,
    to_date: datetime.date,
    payment_status: str | Unset = UNSET,
    payment_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["loginId"] = login_id

    json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date

    json_to_date = to_date.isoformat()
    params["toDate"] = json_to_date

    params["paymentStatus"] = payment_status

    params["paymentType"] = payment_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/wire-payments",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error2 | Payments | None:
    if response.status_code == 200:
        response_200 = Payments.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error2.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error2.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Error2.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 500:
        response_500 = Error2.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> Payments:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = Payments.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error2 | Payments]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    login_id: str,
    from_date: datetime.date,
    to_date: datetime.date,
    payment_status: str | Unset = UNSET,
    payment_type: str | Unset = UNSET,
) -> Response[Error2 | Payments]:
    """List wires in a date range of at most 30 days

    Args:
        login_id (str): The login id of the business user the payment call acts for.
        from_date (datetime.date): First day of the window (YYYY-MM-DD).
        to_date (datetime.date): Last day of the window (YYYY-MM-DD): on or after fromDate, at
            most 30 days later.
        payment_status (str | Unset): Comma-separated payment statuses to keep (e.g.
            SCHEDULED,PROCESSED); every status when left out.
        payment_type (str | Unset): Comma-separated WIRE_DOMESTIC,WIRE_INTERNATIONAL (default
            both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error2 | Payments]
    """

    kwargs = _get_kwargs(
        login_id=login_id,
        from_date=from_date,
        to_date=to_date,
        payment_status=payment_status,
        payment_type=payment_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    login_id: str,
    from_date: datetime.date,
    to_date: datetime.date,
    payment_status: str | Unset = UNSET,
    payment_type: str | Unset = UNSET,
) -> Error2 | Payments | None:
    """List wires in a date range of at most 30 days

    Args:
        login_id (str): The login id of the business user the payment call acts for.
        from_date (datetime.date): First day of the window (YYYY-MM-DD).
        to_date (datetime.date): Last day of the window (YYYY-MM-DD): on or after fromDate, at
            most 30 days later.
        payment_status (str | Unset): Comma-separated payment statuses to keep (e.g.
            SCHEDULED,PROCESSED); every status when left out.
        payment_type (str | Unset): Comma-separated WIRE_DOMESTIC,WIRE_INTERNATIONAL (default
            both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error2 | Payments
    """

    return (
        await asyncio_detailed(
            client=client,
            login_id=login_id,
            from_date=from_date,
            to_date=to_date,
            payment_status=payment_status,
            payment_type=payment_type,
        )
    ).parsed
