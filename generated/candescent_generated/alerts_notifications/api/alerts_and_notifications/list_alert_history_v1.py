from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_history_summary_resources import AlertHistorySummaryResources
from ...models.error_response import ErrorResponse
from ...models.list_alert_history_v1_email_status_item import ListAlertHistoryV1EmailStatusItem
from ...models.list_alert_history_v1_push_status_item import ListAlertHistoryV1PushStatusItem
from ...models.list_alert_history_v1_sms_status_item import ListAlertHistoryV1SmsStatusItem
from ...types import UNSET, Response, Unset, loads_json


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlertHistorySummaryResources | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AlertHistorySummaryResources.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> AlertHistorySummaryResources:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = AlertHistorySummaryResources.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AlertHistorySummaryResources | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[AlertHistorySummaryResources | ErrorResponse]:
    """Summaries of the alerts delivered to a user, filtered (no paging)

    Args:
        account_ids (list[str] | Unset): Only alerts about these accounts (repeat the parameter).
        alert_type_names (list[str] | Unset): Only alerts of these types (repeat the parameter).
        email_status (list[ListAlertHistoryV1EmailStatusItem] | Unset): Only alerts whose email
            delivery ended so: SUCCESS, FAILURE or IN_PROCESS (repeat the parameter).
        end_date (str | Unset): The last day included, yyyy-MM-dd.
        event_ids (list[str] | Unset): Only alerts raised by these events (repeat the parameter).
        id (int | Unset): Only the alert with this history id.
        push_status (list[ListAlertHistoryV1PushStatusItem] | Unset): Only alerts whose push
            delivery ended so: SUCCESS, FAILURE or IN_PROCESS (repeat the parameter).
        read_flag (bool | Unset): true: only alerts the user has read; false: only unread ones.
        sms_status (list[ListAlertHistoryV1SmsStatusItem] | Unset): Only alerts whose SMS delivery
            ended so: SUCCESS, FAILURE or IN_PROCESS (repeat the parameter).
        start_date (str | Unset): The first day included, yyyy-MM-dd.
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): The business (location) context for business users;
            a header on the alerts APIs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertHistorySummaryResources | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_ids=account_ids,
        alert_type_names=alert_type_names,
        email_status=email_status,
        end_date=end_date,
        event_ids=event_ids,
        id=id,
        push_status=push_status,
        read_flag=read_flag,
        sms_status=sms_status,
        start_date=start_date,
        host_user_id=host_user_id,
        login_id=login_id,
        institution_customer_id=institution_customer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
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
) -> AlertHistorySummaryResources | ErrorResponse | None:
    """Summaries of the alerts delivered to a user, filtered (no paging)

    Args:
        account_ids (list[str] | Unset): Only alerts about these accounts (repeat the parameter).
        alert_type_names (list[str] | Unset): Only alerts of these types (repeat the parameter).
        email_status (list[ListAlertHistoryV1EmailStatusItem] | Unset): Only alerts whose email
            delivery ended so: SUCCESS, FAILURE or IN_PROCESS (repeat the parameter).
        end_date (str | Unset): The last day included, yyyy-MM-dd.
        event_ids (list[str] | Unset): Only alerts raised by these events (repeat the parameter).
        id (int | Unset): Only the alert with this history id.
        push_status (list[ListAlertHistoryV1PushStatusItem] | Unset): Only alerts whose push
            delivery ended so: SUCCESS, FAILURE or IN_PROCESS (repeat the parameter).
        read_flag (bool | Unset): true: only alerts the user has read; false: only unread ones.
        sms_status (list[ListAlertHistoryV1SmsStatusItem] | Unset): Only alerts whose SMS delivery
            ended so: SUCCESS, FAILURE or IN_PROCESS (repeat the parameter).
        start_date (str | Unset): The first day included, yyyy-MM-dd.
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): The business (location) context for business users;
            a header on the alerts APIs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertHistorySummaryResources | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            account_ids=account_ids,
            alert_type_names=alert_type_names,
            email_status=email_status,
            end_date=end_date,
            event_ids=event_ids,
            id=id,
            push_status=push_status,
            read_flag=read_flag,
            sms_status=sms_status,
            start_date=start_date,
            host_user_id=host_user_id,
            login_id=login_id,
            institution_customer_id=institution_customer_id,
        )
    ).parsed
