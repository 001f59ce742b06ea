import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payment_error import PaymentError
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
        "url": "/v1/ach-payments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentError | Payments | None:
    if response.status_code == 200:
        response_200 = Payments.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = PaymentError.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = PaymentError.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = PaymentError.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 500:
        response_500 = PaymentError.from_dict(loads_json(response.content))

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentError | Payments]:
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
) -> Response[PaymentError | Payments]:
    """List ACH payments in a date range of at most 30 days

    Args:
        login_id (str): The business user's online-banking login id (the payments services need it
            on every call); the client fills in its default loginId when you pass none.
        from_date (datetime.date): The first delivery date included (yyyy-MM-dd); at most 30 days
            before toDate.
        to_date (datetime.date): On or after fromDate; the range may not exceed 30 days.
        payment_status (str | Unset): Comma-separated PaymentStatus values.
        payment_type (str | Unset): Comma-separated ACH_PAYMENT,ACH_COLLECTION (default both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentError | Payments]
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
) -> PaymentError | Payments | None:
    """List ACH payments in a date range of at most 30 days

    Args:
        login_id (str): The business user's online-banking login id (the payments services need it
            on every call); the client fills in its default loginId when you pass none.
        from_date (datetime.date): The first delivery date included (yyyy-MM-dd); at most 30 days
            before toDate.
        to_date (datetime.date): On or after fromDate; the range may not exceed 30 days.
        payment_status (str | Unset): Comma-separated PaymentStatus values.
        payment_type (str | Unset): Comma-separated ACH_PAYMENT,ACH_COLLECTION (default both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentError | Payments
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
