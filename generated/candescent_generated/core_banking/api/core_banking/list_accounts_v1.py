from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounts_response import AccountsResponse
from ...models.error_response import ErrorResponse
from ...models.list_accounts_v1_apply import ListAccountsV1Apply
from ...models.list_accounts_v1_view_name import ListAccountsV1ViewName
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    apply: ListAccountsV1Apply | Unset = UNSET,
    skip_groups: int | Unset = UNSET,
    top_groups: int | Unset = UNSET,
    view_name: ListAccountsV1ViewName | Unset = UNSET,
    cross_account: bool | Unset = True,
    filter_: str | Unset = UNSET,
    additional_fields: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hostUserId"] = host_user_id

    params["loginId"] = login_id

    params["institutionCustomerId"] = institution_customer_id

    json_apply: str | Unset = UNSET
    if not isinstance(apply, Unset):
        json_apply = ListAccountsV1Apply(apply).value

    params["$apply"] = json_apply

    params["$skipGroups"] = skip_groups

    params["$topGroups"] = top_groups

    json_view_name: str | Unset = UNSET
    if not isinstance(view_name, Unset):
        json_view_name = ListAccountsV1ViewName(view_name).value

    params["viewName"] = json_view_name

    params["crossAccount"] = cross_account

    params["$filter"] = filter_

    params["additionalFields"] = additional_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountsResponse.from_dict(loads_json(response.content))

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

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(loads_json(response.content))

        return response_415

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> AccountsResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = AccountsResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountsResponse | ErrorResponse]:
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
    institution_customer_id: str | Unset = UNSET,
    apply: ListAccountsV1Apply | Unset = UNSET,
    skip_groups: int | Unset = UNSET,
    top_groups: int | Unset = UNSET,
    view_name: ListAccountsV1ViewName | Unset = UNSET,
    cross_account: bool | Unset = True,
    filter_: str | Unset = UNSET,
    additional_fields: bool | Unset = False,
) -> Response[AccountsResponse | ErrorResponse]:
    """List the accounts a user is entitled to

     Retail users get all their accounts in one answer. A business user with several locations names one
    (institutionCustomerId) or pages through them one location at a time ($apply=groupBy(customer) with
    $skipGroups/$topGroups; paginate() does this).

    Args:
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): For a business user: the location (institution
            customer) whose accounts to list; needed when the user has several locations and grouped
            paging is not used. Never together with $apply, $skipGroups or $topGroups.
        apply (ListAccountsV1Apply | Unset): groupBy(customer): page through a business user's
            locations, one per page, with $skipGroups and $topGroups (paginate() sets all three);
            never together with institutionCustomerId.
        skip_groups (int | Unset): Grouped paging: how many locations to skip (0 up to their
            number minus one); needs $apply and $topGroups.
        top_groups (int | Unset): Grouped paging: locations per page; only 1 is supported. Needs
            $apply and $skipGroups.
        view_name (ListAccountsV1ViewName | Unset): Which fields to return: s (a small set: ids,
            number, type, balances, status, payment facts), m (every field but micrNumber); omitted:
            every field.
        cross_account (bool | Unset): Include other members' accounts the user may access (cross
            accounts). Default: True.
        filter_ (str | Unset): OData filter over id, name (the nickname), accountNumber, category
            and type with eq ne gt ge lt le and or contains tolower toupper; string literals in single
            quotes (candescent_async.odata.ACCOUNTS builds them). An invalid filter is refused with
            ACC_00005.
        additional_fields (bool | Unset): true: ask for the host's extra fields as well (the
            platform's 1.11.0 schema does not model them; any that come back land in the model's
            additional_properties). Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        host_user_id=host_user_id,
        login_id=login_id,
        institution_customer_id=institution_customer_id,
        apply=apply,
        skip_groups=skip_groups,
        top_groups=top_groups,
        view_name=view_name,
        cross_account=cross_account,
        filter_=filter_,
        additional_fields=additional_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    apply: ListAccountsV1Apply | Unset = UNSET,
    skip_groups: int | Unset = UNSET,
    top_groups: int | Unset = UNSET,
    view_name: ListAccountsV1ViewName | Unset = UNSET,
    cross_account: bool | Unset = True,
    filter_: str | Unset = UNSET,
    additional_fields: bool | Unset = False,
) -> AccountsResponse | ErrorResponse | None:
    """List the accounts a user is entitled to

     Retail users get all their accounts in one answer. A business user with several locations names one
    (institutionCustomerId) or pages through them one location at a time ($apply=groupBy(customer) with
    $skipGroups/$topGroups; paginate() does this).

    Args:
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): For a business user: the location (institution
            customer) whose accounts to list; needed when the user has several locations and grouped
            paging is not used. Never together with $apply, $skipGroups or $topGroups.
        apply (ListAccountsV1Apply | Unset): groupBy(customer): page through a business user's
            locations, one per page, with $skipGroups and $topGroups (paginate() sets all three);
            never together with institutionCustomerId.
        skip_groups (int | Unset): Grouped paging: how many locations to skip (0 up to their
            number minus one); needs $apply and $topGroups.
        top_groups (int | Unset): Grouped paging: locations per page; only 1 is supported. Needs
            $apply and $skipGroups.
        view_name (ListAccountsV1ViewName | Unset): Which fields to return: s (a small set: ids,
            number, type, balances, status, payment facts), m (every field but micrNumber); omitted:
            every field.
        cross_account (bool | Unset): Include other members' accounts the user may access (cross
            accounts). Default: True.
        filter_ (str | Unset): OData filter over id, name (the nickname), accountNumber, category
            and type with eq ne gt ge lt le and or contains tolower toupper; string literals in single
            quotes (candescent_async.odata.ACCOUNTS builds them). An invalid filter is refused with
            ACC_00005.
        additional_fields (bool | Unset): true: ask for the host's extra fields as well (the
            platform's 1.11.0 schema does not model them; any that come back land in the model's
            additional_properties). Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            host_user_id=host_user_id,
            login_id=login_id,
            institution_customer_id=institution_customer_id,
            apply=apply,
            skip_groups=skip_groups,
            top_groups=top_groups,
            view_name=view_name,
            cross_account=cross_account,
            filter_=filter_,
            additional_fields=additional_fields,
        )
    ).parsed
