from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_preference_resource import AlertPreferenceResource
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, dumps_json, loads_json


def _get_kwargs(
    *,
    body: AlertPreferenceResource,
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
        "url": "/v1/alert-preferences",
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
) -> AlertPreferenceResource | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = AlertPreferenceResource.from_dict(loads_json(response.content))

        return response_201

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


def _parse_success(response: httpx.Response) -> AlertPreferenceResource:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 201:
        response_201 = AlertPreferenceResource.from_dict(loads_json(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AlertPreferenceResource | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlertPreferenceResource,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
) -> Response[AlertPreferenceResource | ErrorResponse]:
    """Opt a user in to an alert type on a channel (the user needs a destination for it)

    Args:
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): The business (location) context for business users;
            a header on the alerts APIs.
        body (AlertPreferenceResource): A user's choice for one alert type and channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertPreferenceResource | ErrorResponse]
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
    body: AlertPreferenceResource,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
) -> AlertPreferenceResource | ErrorResponse | None:
    """Opt a user in to an alert type on a channel (the user needs a destination for it)

    Args:
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): The business (location) context for business users;
            a header on the alerts APIs.
        body (AlertPreferenceResource): A user's choice for one alert type and channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertPreferenceResource | ErrorResponse
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
