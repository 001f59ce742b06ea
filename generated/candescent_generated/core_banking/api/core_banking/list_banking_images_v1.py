import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.banking_images import BankingImages
from ...models.error_response import ErrorResponse
from ...models.image_type_1 import ImageType1
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    account_id: str,
    image_type: ImageType1,
    transaction_date: datetime.date | Unset = UNSET,
    image_identifier: str | Unset = UNSET,
    transaction_image_number: str | Unset = UNSET,
    statement_start_date: datetime.date | Unset = UNSET,
    statement_end_date: datetime.date | Unset = UNSET,
    statement_preview: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hostUserId"] = host_user_id

    params["loginId"] = login_id

    params["institutionCustomerId"] = institution_customer_id

    params["accountId"] = account_id

    json_image_type = ImageType1(image_type).value
    params["imageType"] = json_image_type

    json_transaction_date: str | Unset = UNSET
    if not isinstance(transaction_date, Unset):
        json_transaction_date = transaction_date.isoformat()
    params["transactionDate"] = json_transaction_date

    params["imageIdentifier"] = image_identifier

    params["transactionImageNumber"] = transaction_image_number

    json_statement_start_date: str | Unset = UNSET
    if not isinstance(statement_start_date, Unset):
        json_statement_start_date = statement_start_date.isoformat()
    params["statementStartDate"] = json_statement_start_date

    json_statement_end_date: str | Unset = UNSET
    if not isinstance(statement_end_date, Unset):
        json_statement_end_date = statement_end_date.isoformat()
    params["statementEndDate"] = json_statement_end_date

    params["statementPreview"] = statement_preview

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/banking-images",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BankingImages | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BankingImages.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _parse_success(response: httpx.Response) -> BankingImages | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = BankingImages.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BankingImages | ErrorResponse]:
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
    image_type: ImageType1,
    transaction_date: datetime.date | Unset = UNSET,
    image_identifier: str | Unset = UNSET,
    transaction_image_number: str | Unset = UNSET,
    statement_start_date: datetime.date | Unset = UNSET,
    statement_end_date: datetime.date | Unset = UNSET,
    statement_preview: bool | Unset = UNSET,
) -> Response[Any | BankingImages | ErrorResponse]:
    """List check images or statements of an account

     Checks and deposit items need transactionDate (deposit items also imageIdentifier); statements
    (STATEMENT, CC_STATEMENT, DOCUMENT) need statementStartDate and statementEndDate. Non-fatal problems
    come back as warnings with a 200; 204 when nothing was found.

    Args:
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): For a business user: the location (institution
            customer) the account belongs to.
        account_id (str): The account whose images to find (its id from listAccountsV1).
        image_type (ImageType1): What to find: CHECK, DEPOSIT_CHECK (a deposited check),
            DEPOSIT_SLIP, STATEMENT, CC_STATEMENT (a card statement) or DOCUMENT (UNKNOWN finds
            nothing).
        transaction_date (datetime.date | Unset): The transaction's date (YYYY-MM-DD); required
            for CHECK, DEPOSIT_CHECK and DEPOSIT_SLIP, and within the institution's image retention.
        image_identifier (str | Unset): The deposit item's key (a transaction's
            transactionImage.imageIdentifier); required for DEPOSIT_CHECK and DEPOSIT_SLIP.
        transaction_image_number (str | Unset): For CHECK: the check number (digits only, else
            BIS_00009; at most 30 characters).
        statement_start_date (datetime.date | Unset): First day (YYYY-MM-DD) of the statements to
            list; required for STATEMENT, CC_STATEMENT and DOCUMENT.
        statement_end_date (datetime.date | Unset): Last day (YYYY-MM-DD) of the statements to
            list; required for STATEMENT, CC_STATEMENT and DOCUMENT.
        statement_preview (bool | Unset): true: ask for statement previews (the platform documents
            nothing further).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BankingImages | ErrorResponse]
    """

    kwargs = _get_kwargs(
        host_user_id=host_user_id,
        login_id=login_id,
        institution_customer_id=institution_customer_id,
        account_id=account_id,
        image_type=image_type,
        transaction_date=transaction_date,
        image_identifier=image_identifier,
        transaction_image_number=transaction_image_number,
        statement_start_date=statement_start_date,
        statement_end_date=statement_end_date,
        statement_preview=statement_preview,
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
    image_type: ImageType1,
    transaction_date: datetime.date | Unset = UNSET,
    image_identifier: str | Unset = UNSET,
    transaction_image_number: str | Unset = UNSET,
    statement_start_date: datetime.date | Unset = UNSET,
    statement_end_date: datetime.date | Unset = UNSET,
    statement_preview: bool | Unset = UNSET,
) -> Any | BankingImages | ErrorResponse | None:
    """List check images or statements of an account

     Checks and deposit items need transactionDate (deposit items also imageIdentifier); statements
    (STATEMENT, CC_STATEMENT, DOCUMENT) need statementStartDate and statementEndDate. Non-fatal problems
    come back as warnings with a 200; 204 when nothing was found.

    Args:
        host_user_id (str | Unset): The user's id in the institution's host (core) system. With a
            client-credentials token the call needs this or loginId, never both; the client fills in
            its default user when you pass neither.
        login_id (str | Unset): The user's online-banking login id: the alternative to hostUserId
            (one or the other, never both); the client fills in its default user when you pass
            neither.
        institution_customer_id (str | Unset): For a business user: the location (institution
            customer) the account belongs to.
        account_id (str): The account whose images to find (its id from listAccountsV1).
        image_type (ImageType1): What to find: CHECK, DEPOSIT_CHECK (a deposited check),
            DEPOSIT_SLIP, STATEMENT, CC_STATEMENT (a card statement) or DOCUMENT (UNKNOWN finds
            nothing).
        transaction_date (datetime.date | Unset): The transaction's date (YYYY-MM-DD); required
            for CHECK, DEPOSIT_CHECK and DEPOSIT_SLIP, and within the institution's image retention.
        image_identifier (str | Unset): The deposit item's key (a transaction's
            transactionImage.imageIdentifier); required for DEPOSIT_CHECK and DEPOSIT_SLIP.
        transaction_image_number (str | Unset): For CHECK: the check number (digits only, else
            BIS_00009; at most 30 characters).
        statement_start_date (datetime.date | Unset): First day (YYYY-MM-DD) of the statements to
            list; required for STATEMENT, CC_STATEMENT and DOCUMENT.
        statement_end_date (datetime.date | Unset): Last day (YYYY-MM-DD) of the statements to
            list; required for STATEMENT, CC_STATEMENT and DOCUMENT.
        statement_preview (bool | Unset): true: ask for statement previews (the platform documents
            nothing further).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BankingImages | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            host_user_id=host_user_id,
            login_id=login_id,
            institution_customer_id=institution_customer_id,
            account_id=account_id,
            image_type=image_type,
            transaction_date=transaction_date,
            image_identifier=image_identifier,
            transaction_image_number=transaction_image_number,
            statement_start_date=statement_start_date,
            statement_end_date=statement_end_date,
            statement_preview=statement_preview,
        )
    ).parsed
