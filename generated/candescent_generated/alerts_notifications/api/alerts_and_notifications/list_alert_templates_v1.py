from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_template_resources import AlertTemplateResources
from ...models.error_response import ErrorResponse
from ...models.list_alert_templates_v1_channel_item import ListAlertTemplatesV1ChannelItem
from ...models.list_alert_templates_v1_state_item import ListAlertTemplatesV1StateItem
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    alert_type_name: list[str] | Unset = UNSET,
    channel: list[ListAlertTemplatesV1ChannelItem] | Unset = UNSET,
    id: int | Unset = UNSET,
    locale: str | Unset = UNSET,
    state: list[ListAlertTemplatesV1StateItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_alert_type_name: list[str] | Unset = UNSET
    if not isinstance(alert_type_name, Unset):
        json_alert_type_name = alert_type_name

    params["alertTypeName"] = json_alert_type_name

    json_channel: list[str] | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = []
        for channel_item_data in channel:
            channel_item = ListAlertTemplatesV1ChannelItem(channel_item_data).value
            json_channel.append(channel_item)

    params["channel"] = json_channel

    params["id"] = id

    params["locale"] = locale

    json_state: list[str] | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = []
        for state_item_data in state:
            state_item = ListAlertTemplatesV1StateItem(state_item_data).value
            json_state.append(state_item)

    params["state"] = json_state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alert-templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlertTemplateResources | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AlertTemplateResources.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> AlertTemplateResources:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = AlertTemplateResources.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AlertTemplateResources | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    alert_type_name: list[str] | Unset = UNSET,
    channel: list[ListAlertTemplatesV1ChannelItem] | Unset = UNSET,
    id: int | Unset = UNSET,
    locale: str | Unset = UNSET,
    state: list[ListAlertTemplatesV1StateItem] | Unset = UNSET,
) -> Response[AlertTemplateResources | ErrorResponse]:
    """Alert templates in any state, filtered by type names, channels, id, locale, states

    Args:
        alert_type_name (list[str] | Unset): Only templates of these alert type names (repeat the
            parameter).
        channel (list[ListAlertTemplatesV1ChannelItem] | Unset): Only templates for these
            channels: EMAIL, SMS, PUSH or WEB (repeat the parameter).
        id (int | Unset): Only the template with this id.
        locale (str | Unset): Only templates in this locale, e.g. en_US or es_US.
        state (list[ListAlertTemplatesV1StateItem] | Unset): Only templates in these states:
            DRAFT, PUBLISHED or ARCHIVED (repeat the parameter).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertTemplateResources | ErrorResponse]
    """

    kwargs = _get_kwargs(
        alert_type_name=alert_type_name,
        channel=channel,
        id=id,
        locale=locale,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    alert_type_name: list[str] | Unset = UNSET,
    channel: list[ListAlertTemplatesV1ChannelItem] | Unset = UNSET,
    id: int | Unset = UNSET,
    locale: str | Unset = UNSET,
    state: list[ListAlertTemplatesV1StateItem] | Unset = UNSET,
) -> AlertTemplateResources | ErrorResponse | None:
    """Alert templates in any state, filtered by type names, channels, id, locale, states

    Args:
        alert_type_name (list[str] | Unset): Only templates of these alert type names (repeat the
            parameter).
        channel (list[ListAlertTemplatesV1ChannelItem] | Unset): Only templates for these
            channels: EMAIL, SMS, PUSH or WEB (repeat the parameter).
        id (int | Unset): Only the template with this id.
        locale (str | Unset): Only templates in this locale, e.g. en_US or es_US.
        state (list[ListAlertTemplatesV1StateItem] | Unset): Only templates in these states:
            DRAFT, PUBLISHED or ARCHIVED (repeat the parameter).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertTemplateResources | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            alert_type_name=alert_type_name,
            channel=channel,
            id=id,
            locale=locale,
            state=state,
        )
    ).parsed
