"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.alert_history_summary_resources import AlertHistorySummaryResources
from ...models.list_alert_history_v1_email_status_item import ListAlertHistoryV1EmailStatusItem
from ...models.list_alert_history_v1_push_status_item import ListAlertHistoryV1PushStatusItem
from ...models.list_alert_history_v1_sms_status_item import ListAlertHistoryV1SmsStatusItem
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    account_ids: list[str] | Unset = UNSET,
    alert_type_names: list[str] | Unset = UNSET,
    email_status: list[ListAlertHistoryV1EmailStatusItem] | Unset = UNSET,
    end_date: str | Unset = UNSET,
    event_ids: list[str] | Unset = UNSET,
    id: int | Unset = UNSET,
    push_status: list[ListAlertHistoryV1PushStatusItem] | Unset = UNSET,
    read_flag: bool | Unset = UNSET,
    sms_status: list[ListAlertHistoryV1SmsStatusItem] | Unset = UNSET,
    start_date: str | Unset = UNSET,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(institution_customer_id, Unset):
        headers["institutionCustomerId"] = institution_customer_id

    params: dict[str, Any] = {}
    json_account_ids: list[str] | Unset = UNSET
    if not isinstance(account_ids, Unset):
        json_account_ids = account_ids

    params["accountIds"] = json_account_ids
    json_alert_type_names: list[str] | Unset = UNSET
    if not isinstance(alert_type_names, Unset):
        json_alert_type_names = alert_type_names

    params["alertTypeNames"] = json_alert_type_names
    json_email_status: list[str] | Unset = UNSET
    if not isinstance(email_status, Unset):
        json_email_status = []
        for email_status_item_data in email_status:
            email_status_item = ListAlertHistoryV1EmailStatusItem(email_status_item_data).value
            json_email_status.append(email_status_item)

    params["emailStatus"] = json_email_status
    params["endDate"] = end_date
    json_event_ids: list[str] | Unset = UNSET
    if not isinstance(event_ids, Unset):
        json_event_ids = event_ids

    params["eventIds"] = json_event_ids
    params["id"] = id
    json_push_status: list[str] | Unset = UNSET
    if not isinstance(push_status, Unset):
        json_push_status = []
        for push_status_item_data in push_status:
            push_status_item = ListAlertHistoryV1PushStatusItem(push_status_item_data).value
            json_push_status.append(push_status_item)

    params["pushStatus"] = json_push_status
    params["readFlag"] = read_flag
    json_sms_status: list[str] | Unset = UNSET
    if not isinstance(sms_status, Unset):
        json_sms_status = []
        for sms_status_item_data in sms_status:
            sms_status_item = ListAlertHistoryV1SmsStatusItem(sms_status_item_data).value
            json_sms_status.append(sms_status_item)

    params["smsStatus"] = json_sms_status
    params["startDate"] = start_date
    params["hostUserId"] = host_user_id
    params["loginId"] = login_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alert-history",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> AlertHistorySummaryResources:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return AlertHistorySummaryResources.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of list_alert_history_v1")
