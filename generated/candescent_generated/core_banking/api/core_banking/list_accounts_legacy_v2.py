from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounts import Accounts
from ...models.list_accounts_legacy_v2_intuit_ifs_user_type import ListAccountsLegacyV2IntuitIFSUserType
from ...models.status import Status
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    di_fiid: str,
    di_ficustomer: str,
    *,
    get_cross_accts: bool | Unset = False,
    get_export_acct_num: bool | Unset = False,
    validate_location_status: bool | Unset = False,
    intuit_ifs_user_type: ListAccountsLegacyV2IntuitIFSUserType | Unset = UNSET,
    intuit_authid: str | Unset = UNSET,
    intuit_ifs_on_behalf_of_user: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intuit_ifs_user_type, Unset):
        headers["intuit_IFS_userType"] = str(intuit_ifs_user_type)

    if not isinstance(intuit_authid, Unset):
        headers["intuit_authid"] = intuit_authid

    if not isinstance(intuit_ifs_on_behalf_of_user, Unset):
        headers["intuit_IFS_onBehalfOfUser"] = intuit_ifs_on_behalf_of_user

    params: dict[str, Any] = {}

    params["getCrossAccts"] = get_cross_accts

    params["getExportAcctNum"] = get_export_acct_num

    params["validateLocationStatus"] = validate_location_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bankingservices/v2/fis/{di_fiid}/fiCustomers/{di_ficustomer}/accounts".format(
            di_fiid=quote(str(di_fiid), safe=""),
            di_ficustomer=quote(str(di_ficustomer), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Accounts | Any | Status | None:
    if response.status_code == 200:
        response_200 = Accounts.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Status.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 404:
        response_404 = Status.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = Status.from_dict(loads_json(response.content))

        return response_500

    if response.status_code == 503:
        response_503 = Status.from_dict(loads_json(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> Accounts | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = Accounts.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Accounts | Any | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    di_fiid: str,
    di_ficustomer: str,
    *,
    client: AuthenticatedClient | Client,
    get_cross_accts: bool | Unset = False,
    get_export_acct_num: bool | Unset = False,
    validate_location_status: bool | Unset = False,
    intuit_ifs_user_type: ListAccountsLegacyV2IntuitIFSUserType | Unset = UNSET,
    intuit_authid: str | Unset = UNSET,
    intuit_ifs_on_behalf_of_user: str | Unset = UNSET,
) -> Response[Accounts | Any | Status]:
    """List accounts (legacy API, XML)

     XML on the wire; the client converts both ways. Each account is a deposit, loan, investment or
    tiered-loan shape, told apart by its category. Takes a v1 token; a bad one is refused with a 400
    (code 25002), which the client handles like a 401.

    Args:
        di_fiid (str): The institution's id (e.g. 01234).
        di_ficustomer (str): The customer: a retail user's legacy id (GUID), or a business's
            institution customer id.
        get_cross_accts (bool | Unset): Also return other members' accounts the customer may
            access (cross accounts). Default: False.
        get_export_acct_num (bool | Unset): Also return each account's exportAccountNumber (the
            number Quicken and QuickBooks exports use). Default: False.
        validate_location_status (bool | Unset): Business callers: have the location's status
            validated too (the platform documents nothing further). Default: False.
        intuit_ifs_user_type (ListAccountsLegacyV2IntuitIFSUserType | Unset): Business callers
            only: the caller's role (ENTITLED, PRIMARY_ADMIN, SECONDARY_ADMIN or BUSINESS_USER);
            retail callers leave it out.
        intuit_authid (str | Unset): Business callers: the user's auth id; needed with ENTITLED,
            SECONDARY_ADMIN and BUSINESS_USER.
        intuit_ifs_on_behalf_of_user (str | Unset): Business callers with ENTITLED: the primary
            member number to act for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Accounts | Any | Status]
    """

    kwargs = _get_kwargs(
        di_fiid=di_fiid,
        di_ficustomer=di_ficustomer,
        get_cross_accts=get_cross_accts,
        get_export_acct_num=get_export_acct_num,
        validate_location_status=validate_location_status,
        intuit_ifs_user_type=intuit_ifs_user_type,
        intuit_authid=intuit_authid,
        intuit_ifs_on_behalf_of_user=intuit_ifs_on_behalf_of_user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    di_fiid: str,
    di_ficustomer: str,
    *,
    client: AuthenticatedClient | Client,
    get_cross_accts: bool | Unset = False,
    get_export_acct_num: bool | Unset = False,
    validate_location_status: bool | Unset = False,
    intuit_ifs_user_type: ListAccountsLegacyV2IntuitIFSUserType | Unset = UNSET,
    intuit_authid: str | Unset = UNSET,
    intuit_ifs_on_behalf_of_user: str | Unset = UNSET,
) -> Accounts | Any | Status | None:
    """List accounts (legacy API, XML)

     XML on the wire; the client converts both ways. Each account is a deposit, loan, investment or
    tiered-loan shape, told apart by its category. Takes a v1 token; a bad one is refused with a 400
    (code 25002), which the client handles like a 401.

    Args:
        di_fiid (str): The institution's id (e.g. 01234).
        di_ficustomer (str): The customer: a retail user's legacy id (GUID), or a business's
            institution customer id.
        get_cross_accts (bool | Unset): Also return other members' accounts the customer may
            access (cross accounts). Default: False.
        get_export_acct_num (bool | Unset): Also return each account's exportAccountNumber (the
            number Quicken and QuickBooks exports use). Default: False.
        validate_location_status (bool | Unset): Business callers: have the location's status
            validated too (the platform documents nothing further). Default: False.
        intuit_ifs_user_type (ListAccountsLegacyV2IntuitIFSUserType | Unset): Business callers
            only: the caller's role (ENTITLED, PRIMARY_ADMIN, SECONDARY_ADMIN or BUSINESS_USER);
            retail callers leave it out.
        intuit_authid (str | Unset): Business callers: the user's auth id; needed with ENTITLED,
            SECONDARY_ADMIN and BUSINESS_USER.
        intuit_ifs_on_behalf_of_user (str | Unset): Business callers with ENTITLED: the primary
            member number to act for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Accounts | Any | Status
    """

    return (
        await asyncio_detailed(
            di_fiid=di_fiid,
            di_ficustomer=di_ficustomer,
            client=client,
            get_cross_accts=get_cross_accts,
            get_export_acct_num=get_export_acct_num,
            validate_location_status=validate_location_status,
            intuit_ifs_user_type=intuit_ifs_user_type,
            intuit_authid=intuit_authid,
            intuit_ifs_on_behalf_of_user=intuit_ifs_on_behalf_of_user,
        )
    ).parsed
