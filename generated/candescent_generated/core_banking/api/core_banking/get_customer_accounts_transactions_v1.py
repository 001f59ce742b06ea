from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_1 import Error1
from ...models.ux_account import UXAccount
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    customer_id: str,
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
        "url": "/v1/customers/{customer_id}:accounts".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error1 | list[UXAccount] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads_json(response.content)
        for componentsschemas_customer_accounts_response_item_data in _response_200:
            componentsschemas_customer_accounts_response_item = UXAccount.from_dict(
                componentsschemas_customer_accounts_response_item_data
            )

            response_200.append(componentsschemas_customer_accounts_response_item)

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Error1.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = Error1.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = Error1.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = Error1.from_dict(loads_json(response.content))

        return response_500

    if response.status_code == 503:
        response_503 = Error1.from_dict(loads_json(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> list[UXAccount] | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads_json(response.content)
        for componentsschemas_customer_accounts_response_item_data in _response_200:
            componentsschemas_customer_accounts_response_item = UXAccount.from_dict(
                componentsschemas_customer_accounts_response_item_data
            )

            response_200.append(componentsschemas_customer_accounts_response_item)

        return response_200

    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error1 | list[UXAccount]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> Response[Any | Error1 | list[UXAccount]]:
    """A retail customer's accounts, each with its recent transactions

     Retail customers only (a business user gets UXU_10011); 204 when the customer has no account. The
    answer is a JSON array; every account must have retrievable history or the whole call fails. A bad
    or expired token is refused with a 400 (UXU_10001, UXU_10003), which the client handles like a 401.

    Args:
        customer_id (str): The retail customer (their institution user id); it must be the user
            the call acts for.
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
        Response[Any | Error1 | list[UXAccount]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        host_user_id=host_user_id,
        login_id=login_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> Any | Error1 | list[UXAccount] | None:
    """A retail customer's accounts, each with its recent transactions

     Retail customers only (a business user gets UXU_10011); 204 when the customer has no account. The
    answer is a JSON array; every account must have retrievable history or the whole call fails. A bad
    or expired token is refused with a 400 (UXU_10001, UXU_10003), which the client handles like a 401.

    Args:
        customer_id (str): The retail customer (their institution user id); it must be the user
            the call acts for.
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
        Any | Error1 | list[UXAccount]
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            host_user_id=host_user_id,
            login_id=login_id,
        )
    ).parsed
