from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_preference_resources import AlertPreferenceResources
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    account_external_id: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    alert_types: str | Unset = UNSET,
    default: bool | Unset = False,
    external_id: str | Unset = UNSET,
    page_no: int | Unset = 0,
    page_size: int | Unset = 100,
    institution_customer_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(institution_customer_id, Unset):
        headers["institutionCustomerId"] = institution_customer_id

    params: dict[str, Any] = {}

    params["hostUserId"] = host_user_id

    params["loginId"] = login_id

    params["accountExternalId"] = account_external_id

    params["accountId"] = account_id

    params["alertTypes"] = alert_types

    params["default"] = default

    params["externalId"] = external_id

    params["pageNo"] = page_no

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alert-preferences",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlertPreferenceResources | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AlertPreferenceResources.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> AlertPreferenceResources:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = AlertPreferenceResources.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AlertPreferenceResources | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    account_external_id: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    alert_types: str | Unset = UNSET,
    default: bool | Unset = False,
    external_id: str | Unset = UNSET,
    page_no: int | Unset = 0,
    page_size: int | Unset = 100,
    institution_customer_id: str | Unset = UNSET,
) -> Response[AlertPreferenceResources | ErrorResponse]:
    """A user's alert preferences, a page at a time (institution defaults when the user has none)

    Args:
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        account_external_id (str | Unset): Only preferences for the account with this external id.
        account_id (str | Unset): Only preferences for this account.
        alert_types (str | Unset): Only these alert types: names separated by commas.
        default (bool | Unset): true: the institution's default preferences instead of the user's.
            Default false. Default: False.
        external_id (str | Unset): Only the preference with this external id.
        page_no (int | Unset): Which page, counted from 0. Default 0. Default: 0.
        page_size (int | Unset): Preferences per page. Default 100. Default: 100.
        institution_customer_id (str | Unset): The business (location) context for business users;
            a header on the alerts APIs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertPreferenceResources | ErrorResponse]
    """

    kwargs = _get_kwargs(
        host_user_id=host_user_id,
        login_id=login_id,
        account_external_id=account_external_id,
        account_id=account_id,
        alert_types=alert_types,
        default=default,
        external_id=external_id,
        page_no=page_no,
        page_size=page_size,
        institution_customer_id=institution_customer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    account_external_id: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    alert_types: str | Unset = UNSET,
    default: bool | Unset = False,
    external_id: str | Unset = UNSET,
    page_no: int | Unset = 0,
    page_size: int | Unset = 100,
    institution_customer_id: str | Unset = UNSET,
) -> AlertPreferenceResources | ErrorResponse | None:
    """A user's alert preferences, a page at a time (institution defaults when the user has none)

    Args:
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        account_external_id (str | Unset): Only preferences for the account with this external id.
        account_id (str | Unset): Only preferences for this account.
        alert_types (str | Unset): Only these alert types: names separated by commas.
        default (bool | Unset): true: the institution's default preferences instead of the user's.
            Default false. Default: False.
        external_id (str | Unset): Only the preference with this external id.
        page_no (int | Unset): Which page, counted from 0. Default 0. Default: 0.
        page_size (int | Unset): Preferences per page. Default 100. Default: 100.
        institution_customer_id (str | Unset): The business (location) context for business users;
            a header on the alerts APIs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertPreferenceResources | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            host_user_id=host_user_id,
            login_id=login_id,
            account_external_id=account_external_id,
            account_id=account_id,
            alert_types=alert_types,
            default=default,
            external_id=external_id,
            page_no=page_no,
            page_size=page_size,
            institution_customer_id=institution_customer_id,
        )
    ).parsed
