import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.transactions_response import TransactionsResponse
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    account_id: str,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    retrieve_future_transactions: bool | Unset = False,
    skip: int | Unset = UNSET,
    top: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    is_credit_transaction: bool | Unset = UNSET,
    additional_fields: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["accountId"] = account_id

    params["hostUserId"] = host_user_id

    params["loginId"] = login_id

    params["institutionCustomerId"] = institution_customer_id

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["retrieveFutureTransactions"] = retrieve_future_transactions

    params["$skip"] = skip

    params["$top"] = top

    params["$filter"] = filter_

    params["isCreditTransaction"] = is_credit_transaction

    params["additionalFields"] = additional_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/transactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TransactionsResponse | None:
    if response.status_code == 200:
        response_200 = TransactionsResponse.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> TransactionsResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = TransactionsResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TransactionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    retrieve_future_transactions: bool | Unset = False,
    skip: int | Unset = UNSET,
    top: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    is_credit_transaction: bool | Unset = UNSET,
    additional_fields: bool | Unset = False,
) -> Response[ErrorResponse | TransactionsResponse]:
    """An account's transaction history

     Processing order: date range, then $skip/$top, then $filter, then isCreditTransaction (so a page can
    shrink after filtering).

    Args:
        account_id (str):
        host_user_id (str | Unset): The user's id at the host; mutually exclusive with loginId.
        login_id (str | Unset): The user's login id; mutually exclusive with hostUserId.
        institution_customer_id (str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        retrieve_future_transactions (bool | Unset):  Default: False.
        skip (int | Unset):
        top (int | Unset):
        filter_ (str | Unset): OData filter over id and description. Invalid filters give
            TXN_20005.
        is_credit_transaction (bool | Unset):
        additional_fields (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransactionsResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        host_user_id=host_user_id,
        login_id=login_id,
        institution_customer_id=institution_customer_id,
        start_date=start_date,
        end_date=end_date,
        retrieve_future_transactions=retrieve_future_transactions,
        skip=skip,
        top=top,
        filter_=filter_,
        is_credit_transaction=is_credit_transaction,
        additional_fields=additional_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    retrieve_future_transactions: bool | Unset = False,
    skip: int | Unset = UNSET,
    top: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    is_credit_transaction: bool | Unset = UNSET,
    additional_fields: bool | Unset = False,
) -> ErrorResponse | TransactionsResponse | None:
    """An account's transaction history

     Processing order: date range, then $skip/$top, then $filter, then isCreditTransaction (so a page can
    shrink after filtering).

    Args:
        account_id (str):
        host_user_id (str | Unset): The user's id at the host; mutually exclusive with loginId.
        login_id (str | Unset): The user's login id; mutually exclusive with hostUserId.
        institution_customer_id (str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        retrieve_future_transactions (bool | Unset):  Default: False.
        skip (int | Unset):
        top (int | Unset):
        filter_ (str | Unset): OData filter over id and description. Invalid filters give
            TXN_20005.
        is_credit_transaction (bool | Unset):
        additional_fields (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransactionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            host_user_id=host_user_id,
            login_id=login_id,
            institution_customer_id=institution_customer_id,
            start_date=start_date,
            end_date=end_date,
            retrieve_future_transactions=retrieve_future_transactions,
            skip=skip,
            top=top,
            filter_=filter_,
            is_credit_transaction=is_credit_transaction,
            additional_fields=additional_fields,
        )
    ).parsed
