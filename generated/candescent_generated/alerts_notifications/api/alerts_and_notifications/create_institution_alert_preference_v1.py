from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.fi_alert_preference_resource import FiAlertPreferenceResource
from ...types import Response, dumps_json, loads_json


def _get_kwargs(
    *,
    body: FiAlertPreferenceResource,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/institution-alert-preferences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FiAlertPreferenceResource | None:
    if response.status_code == 201:
        response_201 = FiAlertPreferenceResource.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> FiAlertPreferenceResource:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 201:
        response_201 = FiAlertPreferenceResource.from_dict(loads_json(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | FiAlertPreferenceResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FiAlertPreferenceResource,
) -> Response[ErrorResponse | FiAlertPreferenceResource]:
    """Create an institution default preference for an alert type and channel

    Args:
        body (FiAlertPreferenceResource): The institution's default for one alert type and
            channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FiAlertPreferenceResource]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FiAlertPreferenceResource,
) -> ErrorResponse | FiAlertPreferenceResource | None:
    """Create an institution default preference for an alert type and channel

    Args:
        body (FiAlertPreferenceResource): The institution's default for one alert type and
            channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FiAlertPreferenceResource
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
