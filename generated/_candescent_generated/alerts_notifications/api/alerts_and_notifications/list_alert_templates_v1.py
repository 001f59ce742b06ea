"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.alert_template_resources import AlertTemplateResources
from ...models.list_alert_templates_v1_channel_item import ListAlertTemplatesV1ChannelItem
from ...models.list_alert_templates_v1_state_item import ListAlertTemplatesV1StateItem
from ...types import UNSET, Unset, loads_json


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


def _parse_success(response: httpx2.Response) -> AlertTemplateResources:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return AlertTemplateResources.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of list_alert_templates_v1")
