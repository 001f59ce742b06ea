"""One operation's request builder and success parser; the facade's transport sends and calls them."""

import datetime
from typing import Any

import httpx2

from ...models.transactions_response import TransactionsResponse
from ...types import UNSET, Unset, loads_json


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


def _parse_success(response: httpx2.Response) -> TransactionsResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return TransactionsResponse.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of list_account_transactions_v1")
