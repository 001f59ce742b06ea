from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payment_error import PaymentError
from ...models.wire_payment import WirePayment
from ...types import UNSET, Response, dumps_json, loads_json


def _get_kwargs(
    *,
    body: WirePayment,
    login_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["loginId"] = login_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/wire-payments",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentError | WirePayment | None:
    if response.status_code == 201:
        response_201 = WirePayment.from_dict(loads_json(response.content))

        return response_201

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


def _parse_success(response: httpx.Response) -> WirePayment:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 201:
        response_201 = WirePayment.from_dict(loads_json(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentError | WirePayment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WirePayment,
    login_id: str,
) -> Response[PaymentError | WirePayment]:
    """Create a domestic or international wire

     Moves money; never retried once sent.

    Args:
        login_id (str): The business user's online-banking login id (the payments services need it
            on every call); the client fills in its default loginId when you pass none.
        body (WirePayment): A wire payment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentError | WirePayment]
    """

    kwargs = _get_kwargs(
        body=body,
        login_id=login_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WirePayment,
    login_id: str,
) -> PaymentError | WirePayment | None:
    """Create a domestic or international wire

     Moves money; never retried once sent.

    Args:
        login_id (str): The business user's online-banking login id (the payments services need it
            on every call); the client fills in its default loginId when you pass none.
        body (WirePayment): A wire payment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentError | WirePayment
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            login_id=login_id,
        )
    ).parsed
