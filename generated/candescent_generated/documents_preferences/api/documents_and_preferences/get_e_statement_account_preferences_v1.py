from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.e_statement_account_preferences_response import EStatementAccountPreferencesResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    account_id: str,
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hostUserId"] = host_user_id

    params["loginId"] = login_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/e-statements/{account_id}/disclosures".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EStatementAccountPreferencesResponse | Error | None:
    if response.status_code == 200:
        response_200 = EStatementAccountPreferencesResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(loads_json(response.content))

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(loads_json(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> EStatementAccountPreferencesResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = EStatementAccountPreferencesResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EStatementAccountPreferencesResponse | Error]:
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
) -> Response[EStatementAccountPreferencesResponse | Error]:
    """An account's e-statement status

    Args:
        account_id (str): The account whose e-statement enrolment to read (the institution must
            run multi-statement mode).
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EStatementAccountPreferencesResponse | Error]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        host_user_id=host_user_id,
        login_id=login_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> EStatementAccountPreferencesResponse | Error | None:
    """An account's e-statement status

    Args:
        account_id (str): The account whose e-statement enrolment to read (the institution must
            run multi-statement mode).
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EStatementAccountPreferencesResponse | Error
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            host_user_id=host_user_id,
            login_id=login_id,
        )
    ).parsed
