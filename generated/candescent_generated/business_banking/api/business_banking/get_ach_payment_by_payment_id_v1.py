from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ach_payment import AchPayment
from ...models.payment_error import PaymentError
from ...types import UNSET, Response, loads_json


def _get_kwargs(
    payment_id: str,
    *,
    login_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["loginId"] = login_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ach-payments/{payment_id}".format(
            payment_id=quote(str(payment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AchPayment | PaymentError | None:
    if response.status_code == 200:
        response_200 = AchPayment.from_dict(loads_json(response.content))

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

    if response.status_code == 404:
        response_404 = PaymentError.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = PaymentError.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> AchPayment:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = AchPayment.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AchPayment | PaymentError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    payment_id: str,
    *,
    client: AuthenticatedClient | Client,
    login_id: str,
) -> Response[AchPayment | PaymentError]:
    """One ACH payment

    Args:
        payment_id (str): The payment's id, as the create call answered it.
        login_id (str): The business user's online-banking login id (the payments services need it
            on every call); the client fills in its default loginId when you pass none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AchPayment | PaymentError]
    """

    kwargs = _get_kwargs(
        payment_id=payment_id,
        login_id=login_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    payment_id: str,
    *,
    client: AuthenticatedClient | Client,
    login_id: str,
) -> AchPayment | PaymentError | None:
    """One ACH payment

    Args:
        payment_id (str): The payment's id, as the create call answered it.
        login_id (str): The business user's online-banking login id (the payments services need it
            on every call); the client fills in its default loginId when you pass none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AchPayment | PaymentError
    """

    return (
        await asyncio_detailed(
            payment_id=payment_id,
            client=client,
            login_id=login_id,
        )
    ).parsed
