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
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    account_id: str,
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

    params["hostUserId"] = host_user_id

    params["loginId"] = login_id

    params["institutionCustomerId"] = institution_customer_id

    params["accountId"] = account_id

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
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    account_id: str,
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

     Newest first. The platform applies the date range, then $skip/$top, then $filter, then
    isCreditTransaction, so a filtered page can be short or empty before the end; paginate() walks it to
    the end all the same (it follows the answer's pagination).

    Args:
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): For a business user: the location the account
            belongs to (TXN_10006 when it is missing).
        account_id (str): The account's id (from listAccountsV1). Required (TXN_10007).
        start_date (datetime.date | Unset): First day of the range (YYYY-MM-DD), inclusive. With
            neither date the institution's default range applies; with endDate alone the start is
            derived from it.
        end_date (datetime.date | Unset): Last day of the range (YYYY-MM-DD), inclusive; not
            before startDate (TXN_10001).
        retrieve_future_transactions (bool | Unset): true: include scheduled future transactions
            (the range then ends today plus the institution's future days, whatever endDate says).
            Default: False.
        skip (int | Unset): How many transactions of the range to skip before the page; 0 or more
            (TXN_10005). With $top it also asks for the pagination metadata. paginate() sets it.
        top (int | Unset): Page size, 0 or more; the platform raises it to the institution's
            minimum page size (the answer's pagination.top says which). paginate() sets it from
            page_size.
        filter_ (str | Unset): OData filter over id and description (same operators as accounts;
            contains on description ignores case), applied after $skip/$top. An invalid filter is
            refused with TXN_20005.
        is_credit_transaction (bool | Unset): true: credits only; false: debits only; omitted:
            both. Applied after $skip/$top and $filter.
        additional_fields (bool | Unset): true: add the answer's additionalInfo with the
            institution's time zone (timeZone, e.g. America/New_York, and timeZoneOffset in hours);
            the call fails if the zone cannot be looked up. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransactionsResponse]
    """

    kwargs = _get_kwargs(
        host_user_id=host_user_id,
        login_id=login_id,
        institution_customer_id=institution_customer_id,
        account_id=account_id,
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
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    account_id: str,
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

     Newest first. The platform applies the date range, then $skip/$top, then $filter, then
    isCreditTransaction, so a filtered page can be short or empty before the end; paginate() walks it to
    the end all the same (it follows the answer's pagination).

    Args:
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): For a business user: the location the account
            belongs to (TXN_10006 when it is missing).
        account_id (str): The account's id (from listAccountsV1). Required (TXN_10007).
        start_date (datetime.date | Unset): First day of the range (YYYY-MM-DD), inclusive. With
            neither date the institution's default range applies; with endDate alone the start is
            derived from it.
        end_date (datetime.date | Unset): Last day of the range (YYYY-MM-DD), inclusive; not
            before startDate (TXN_10001).
        retrieve_future_transactions (bool | Unset): true: include scheduled future transactions
            (the range then ends today plus the institution's future days, whatever endDate says).
            Default: False.
        skip (int | Unset): How many transactions of the range to skip before the page; 0 or more
            (TXN_10005). With $top it also asks for the pagination metadata. paginate() sets it.
        top (int | Unset): Page size, 0 or more; the platform raises it to the institution's
            minimum page size (the answer's pagination.top says which). paginate() sets it from
            page_size.
        filter_ (str | Unset): OData filter over id and description (same operators as accounts;
            contains on description ignores case), applied after $skip/$top. An invalid filter is
            refused with TXN_20005.
        is_credit_transaction (bool | Unset): true: credits only; false: debits only; omitted:
            both. Applied after $skip/$top and $filter.
        additional_fields (bool | Unset): true: add the answer's additionalInfo with the
            institution's time zone (timeZone, e.g. America/New_York, and timeZoneOffset in hours);
            the call fails if the zone cannot be looked up. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransactionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            host_user_id=host_user_id,
            login_id=login_id,
            institution_customer_id=institution_customer_id,
            account_id=account_id,
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
