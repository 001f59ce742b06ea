import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.banking_image import BankingImage
from ...models.error_response import ErrorResponse
from ...models.image_type_1 import ImageType1
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    banking_image_id: str,
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    account_id: str,
    image_type: ImageType1,
    transaction_date: datetime.date | Unset = UNSET,
    image_identifier: str | Unset = UNSET,
    statement_date: datetime.date | Unset = UNSET,
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

    json_statement_date: str | Unset = UNSET
    if not isinstance(statement_date, Unset):
        json_statement_date = statement_date.isoformat()
    params["statementDate"] = json_statement_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/banking-images/{banking_image_id}".format(
            banking_image_id=quote(str(banking_image_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BankingImage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BankingImage.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> BankingImage:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = BankingImage.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BankingImage | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    banking_image_id: str,
    *,
    client: AuthenticatedClient | Client,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    account_id: str,
    image_type: ImageType1,
    transaction_date: datetime.date | Unset = UNSET,
    image_identifier: str | Unset = UNSET,
    statement_date: datetime.date | Unset = UNSET,
) -> Response[BankingImage | ErrorResponse]:
    """One image or statement with its full content

     Checks and deposit items need transactionDate (deposit items also imageIdentifier); statements need
    statementDate.

    Args:
        banking_image_id (str): The image's id (a bankingImage[].id from listBankingImagesV1).
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
        statement_date (datetime.date | Unset): The statement's date (YYYY-MM-DD); required for
            STATEMENT, CC_STATEMENT and DOCUMENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankingImage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        banking_image_id=banking_image_id,
        host_user_id=host_user_id,
        login_id=login_id,
        institution_customer_id=institution_customer_id,
        account_id=account_id,
        image_type=image_type,
        transaction_date=transaction_date,
        image_identifier=image_identifier,
        statement_date=statement_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    banking_image_id: str,
    *,
    client: AuthenticatedClient | Client,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    account_id: str,
    image_type: ImageType1,
    transaction_date: datetime.date | Unset = UNSET,
    image_identifier: str | Unset = UNSET,
    statement_date: datetime.date | Unset = UNSET,
) -> BankingImage | ErrorResponse | None:
    """One image or statement with its full content

     Checks and deposit items need transactionDate (deposit items also imageIdentifier); statements need
    statementDate.

    Args:
        banking_image_id (str): The image's id (a bankingImage[].id from listBankingImagesV1).
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
        statement_date (datetime.date | Unset): The statement's date (YYYY-MM-DD); required for
            STATEMENT, CC_STATEMENT and DOCUMENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankingImage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            banking_image_id=banking_image_id,
            client=client,
            host_user_id=host_user_id,
            login_id=login_id,
            institution_customer_id=institution_customer_id,
            account_id=account_id,
            image_type=image_type,
            transaction_date=transaction_date,
            image_identifier=image_identifier,
            statement_date=statement_date,
        )
    ).parsed
