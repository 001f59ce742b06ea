from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.transfer import Transfer
from ...types import UNSET, Response, Unset, dumps_json, loads_json


def _get_kwargs(
    *,
    body: Transfer | Unset = UNSET,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    test_transfer: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["hostUserId"] = host_user_id

    params["loginId"] = login_id

    params["testTransfer"] = test_transfer

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/transfers",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Transfer | None:
    if response.status_code == 200:
        response_200 = Transfer.from_dict(loads_json(response.content))

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> Transfer:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = Transfer.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Transfer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Transfer | Unset = UNSET,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    test_transfer: bool | Unset = UNSET,
) -> Response[ErrorResponse | Transfer]:
    """Create a transfer

     Moves money now, on a future date, or on a recurring schedule. Kinds: standard (between the user's
    own accounts), recipient (to another member at the same institution), loan payment (with
    paymentOption) and IRA contribution (previousYearContribution for the prior tax year). Omit schedule
    for an immediate one-time transfer. Scheduled transfers return an id and the schedule's next/final
    execution dates.

    Args:
        host_user_id (str | Unset): The user's host (core) id, i.e. member number. With a
            client_credentials token pass hostUserId or loginId (not both); omit both with a password-
            grant token.
        login_id (str | Unset): The user's login id. With a client_credentials token pass
            hostUserId or loginId (not both); omit both with a password-grant token.
        test_transfer (bool | Unset): true: the platform validates the transfer and answers as it
            would, without moving money; a test transfer cannot carry a schedule (TFR_10064).
        body (Transfer | Unset): A transfer request and the platform's answer (one schema for
            both, as on the platform). Request side: fromAccountId, toAccountId and amount are needed
            in practice (TFR_10058, TFR_10059, TFR_10020); schedule is omitted for an immediate
            transfer. Response side adds status, confirmation, fee, payoffAmount, notificationMessage
            and, for scheduled transfers, id and the schedule's computed dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Transfer]
    """

    kwargs = _get_kwargs(
        body=body,
        host_user_id=host_user_id,
        login_id=login_id,
        test_transfer=test_transfer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Transfer | Unset = UNSET,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    test_transfer: bool | Unset = UNSET,
) -> ErrorResponse | Transfer | None:
    """Create a transfer

     Moves money now, on a future date, or on a recurring schedule. Kinds: standard (between the user's
    own accounts), recipient (to another member at the same institution), loan payment (with
    paymentOption) and IRA contribution (previousYearContribution for the prior tax year). Omit schedule
    for an immediate one-time transfer. Scheduled transfers return an id and the schedule's next/final
    execution dates.

    Args:
        host_user_id (str | Unset): The user's host (core) id, i.e. member number. With a
            client_credentials token pass hostUserId or loginId (not both); omit both with a password-
            grant token.
        login_id (str | Unset): The user's login id. With a client_credentials token pass
            hostUserId or loginId (not both); omit both with a password-grant token.
        test_transfer (bool | Unset): true: the platform validates the transfer and answers as it
            would, without moving money; a test transfer cannot carry a schedule (TFR_10064).
        body (Transfer | Unset): A transfer request and the platform's answer (one schema for
            both, as on the platform). Request side: fromAccountId, toAccountId and amount are needed
            in practice (TFR_10058, TFR_10059, TFR_10020); schedule is omitted for an immediate
            transfer. Response side adds status, confirmation, fee, payoffAmount, notificationMessage
            and, for scheduled transfers, id and the schedule's computed dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Transfer
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            host_user_id=host_user_id,
            login_id=login_id,
            test_transfer=test_transfer,
        )
    ).parsed
