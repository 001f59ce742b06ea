from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_event import AlertEvent
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, dumps_json, loads_json


def _get_kwargs(
    *,
    body: AlertEvent,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(institution_customer_id, Unset):
        headers["institutionCustomerId"] = institution_customer_id

    params: dict[str, Any] = {}

    params["hostUserId"] = host_user_id

    params["loginId"] = login_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/realtime-events",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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


def _parse_success(response: httpx.Response) -> None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 202:
        return
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlertEvent,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Publish an event that may trigger alerts (processed asynchronously; 202)

     Validation failures of the event itself answer 500 with PRMSYS_100xx codes, as the platform
    documents.

    Args:
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): The business (location) context for business users;
            a header on the alerts APIs.
        body (AlertEvent): A realtime event to publish (AccountEvent, TransactionEvent,
            NotificationEvent or UserEvent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        host_user_id=host_user_id,
        login_id=login_id,
        institution_customer_id=institution_customer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlertEvent,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Publish an event that may trigger alerts (processed asynchronously; 202)

     Validation failures of the event itself answer 500 with PRMSYS_100xx codes, as the platform
    documents.

    Args:
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): The business (location) context for business users;
            a header on the alerts APIs.
        body (AlertEvent): A realtime event to publish (AccountEvent, TransactionEvent,
            NotificationEvent or UserEvent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            host_user_id=host_user_id,
            login_id=login_id,
            institution_customer_id=institution_customer_id,
        )
    ).parsed
