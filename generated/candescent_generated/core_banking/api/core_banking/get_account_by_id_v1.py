from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account import Account
from ...models.error_response import ErrorResponse
from ...models.get_account_by_id_v1_view_name import GetAccountByIdV1ViewName
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    account_id: str,
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    view_name: GetAccountByIdV1ViewName | Unset = UNSET,
    cross_account: bool | Unset = True,
    additional_fields: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hostUserId"] = host_user_id

    params["loginId"] = login_id

    params["institutionCustomerId"] = institution_customer_id

    json_view_name: str | Unset = UNSET
    if not isinstance(view_name, Unset):
        json_view_name = GetAccountByIdV1ViewName(view_name).value

    params["viewName"] = json_view_name

    params["crossAccount"] = cross_account

    params["additionalFields"] = additional_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Account | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Account.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> Account:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = Account.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Account | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    view_name: GetAccountByIdV1ViewName | Unset = UNSET,
    cross_account: bool | Unset = True,
    additional_fields: bool | Unset = False,
) -> Response[Account | ErrorResponse]:
    """One account, by its id

    Args:
        account_id (str): The account's id (the opaque key listAccountsV1 returns as id).
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): For a business user: the location (institution
            customer) the account belongs to.
        view_name (GetAccountByIdV1ViewName | Unset): Which fields to return: s (a small set: ids,
            number, type, balances, status, payment facts), m (every field but micrNumber); omitted:
            every field.
        cross_account (bool | Unset): Include other members' accounts the user may access (cross
            accounts). Default: True.
        additional_fields (bool | Unset): true: ask for the host's extra fields as well (the
            platform's 1.11.0 schema does not model them; any that come back land in the model's
            additional_properties). Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Account | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        host_user_id=host_user_id,
        login_id=login_id,
        institution_customer_id=institution_customer_id,
        view_name=view_name,
        cross_account=cross_account,
        additional_fields=additional_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    view_name: GetAccountByIdV1ViewName | Unset = UNSET,
    cross_account: bool | Unset = True,
    additional_fields: bool | Unset = False,
) -> Account | ErrorResponse | None:
    """One account, by its id

    Args:
        account_id (str): The account's id (the opaque key listAccountsV1 returns as id).
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): For a business user: the location (institution
            customer) the account belongs to.
        view_name (GetAccountByIdV1ViewName | Unset): Which fields to return: s (a small set: ids,
            number, type, balances, status, payment facts), m (every field but micrNumber); omitted:
            every field.
        cross_account (bool | Unset): Include other members' accounts the user may access (cross
            accounts). Default: True.
        additional_fields (bool | Unset): true: ask for the host's extra fields as well (the
            platform's 1.11.0 schema does not model them; any that come back land in the model's
            additional_properties). Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Account | ErrorResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            host_user_id=host_user_id,
            login_id=login_id,
            institution_customer_id=institution_customer_id,
            view_name=view_name,
            cross_account=cross_account,
            additional_fields=additional_fields,
        )
    ).parsed
