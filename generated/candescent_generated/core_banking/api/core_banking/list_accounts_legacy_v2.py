from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.legacy_accounts import LegacyAccounts
from ...models.list_accounts_legacy_v2_intuit_ifs_user_type import ListAccountsLegacyV2IntuitIFSUserType
from ...models.status import Status
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    di_fiid: str,
    di_ficustomer: str,
    *,
    get_cross_accts: bool | Unset = False,
    get_export_acct_num: bool | Unset = False,
    validate_location_status: bool | Unset = UNSET,
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
) -> Any | LegacyAccounts | Status | None:
    if response.status_code == 200:
        response_200 = LegacyAccounts.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> LegacyAccounts | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = LegacyAccounts.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | LegacyAccounts | Status]:
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
    validate_location_status: bool | Unset = UNSET,
    intuit_ifs_user_type: ListAccountsLegacyV2IntuitIFSUserType | Unset = UNSET,
    intuit_authid: str | Unset = UNSET,
    intuit_ifs_on_behalf_of_user: str | Unset = UNSET,
) -> Response[Any | LegacyAccounts | Status]:
    """List accounts (legacy, XML)

    Args:
        di_fiid (str):
        di_ficustomer (str):
        get_cross_accts (bool | Unset):  Default: False.
        get_export_acct_num (bool | Unset):  Default: False.
        validate_location_status (bool | Unset):
        intuit_ifs_user_type (ListAccountsLegacyV2IntuitIFSUserType | Unset): Business callers
            only.
        intuit_authid (str | Unset):
        intuit_ifs_on_behalf_of_user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LegacyAccounts | Status]
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
    validate_location_status: bool | Unset = UNSET,
    intuit_ifs_user_type: ListAccountsLegacyV2IntuitIFSUserType | Unset = UNSET,
    intuit_authid: str | Unset = UNSET,
    intuit_ifs_on_behalf_of_user: str | Unset = UNSET,
) -> Any | LegacyAccounts | Status | None:
    """List accounts (legacy, XML)

    Args:
        di_fiid (str):
        di_ficustomer (str):
        get_cross_accts (bool | Unset):  Default: False.
        get_export_acct_num (bool | Unset):  Default: False.
        validate_location_status (bool | Unset):
        intuit_ifs_user_type (ListAccountsLegacyV2IntuitIFSUserType | Unset): Business callers
            only.
        intuit_authid (str | Unset):
        intuit_ifs_on_behalf_of_user (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LegacyAccounts | Status
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
