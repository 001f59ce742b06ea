from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ach_payment import AchPayment
from ...models.payment_error import PaymentError
from ...types import UNSET, Response, dumps_json, loads_json


def _get_kwargs(
    *,
    body: AchPayment,
    login_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["loginId"] = login_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ach-payments",
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
) -> AchPayment | PaymentError | None:
    if response.status_code == 201:
        response_201 = AchPayment.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> AchPayment:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 201:
        response_201 = AchPayment.from_dict(loads_json(response.content))

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: AchPayment,
    login_id: str,
) -> Response[AchPayment | PaymentError]:
    """Create an ACH payment or collection

     Moves money; never retried once sent.

    Args:
        login_id (str): The business user's online-banking login id (the payments services need it
            on every call); the client fills in its default loginId when you pass none.
        body (AchPayment): An ACH payment or collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AchPayment | PaymentError]
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
    body: AchPayment,
    login_id: str,
) -> AchPayment | PaymentError | None:
    """Create an ACH payment or collection

     Moves money; never retried once sent.

    Args:
        login_id (str): The business user's online-banking login id (the payments services need it
            on every call); the client fills in its default loginId when you pass none.
        body (AchPayment): An ACH payment or collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AchPayment | PaymentError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            login_id=login_id,
        )
    ).parsed
