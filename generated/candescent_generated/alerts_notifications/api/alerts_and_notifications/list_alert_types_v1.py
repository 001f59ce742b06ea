from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_type_resources import AlertTypeResources
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    alert_category: str | Unset = UNSET,
    alert_type_name: str | Unset = UNSET,
    external_system: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["alertCategory"] = alert_category

    params["alertTypeName"] = alert_type_name

    params["externalSystem"] = external_system

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alert-types",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlertTypeResources | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AlertTypeResources.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> AlertTypeResources:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = AlertTypeResources.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AlertTypeResources | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    alert_category: str | Unset = UNSET,
    alert_type_name: str | Unset = UNSET,
    external_system: str | Unset = UNSET,
) -> Response[AlertTypeResources | ErrorResponse]:
    """The alert-type catalogue, active and inactive, optionally filtered

    Args:
        alert_category (str | Unset): Only alert types of this category, e.g. ATM Withdrawal.
        alert_type_name (str | Unset): Only the alert type of this name.
        external_system (str | Unset): Only alert types raised by this vendor (third-party
            events).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertTypeResources | ErrorResponse]
    """

    kwargs = _get_kwargs(
        alert_category=alert_category,
        alert_type_name=alert_type_name,
        external_system=external_system,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    alert_category: str | Unset = UNSET,
    alert_type_name: str | Unset = UNSET,
    external_system: str | Unset = UNSET,
) -> AlertTypeResources | ErrorResponse | None:
    """The alert-type catalogue, active and inactive, optionally filtered

    Args:
        alert_category (str | Unset): Only alert types of this category, e.g. ATM Withdrawal.
        alert_type_name (str | Unset): Only the alert type of this name.
        external_system (str | Unset): Only alert types raised by this vendor (third-party
            events).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertTypeResources | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            alert_category=alert_category,
            alert_type_name=alert_type_name,
            external_system=external_system,
        )
    ).parsed
