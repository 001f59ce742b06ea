"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.accounts import Accounts
from ...models.list_accounts_legacy_v2_intuit_ifs_user_type import ListAccountsLegacyV2IntuitIFSUserType
from ...types import UNSET, Unset, loads_json


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


def _parse_success(response: httpx2.Response) -> Accounts | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return Accounts.from_dict(loads_json(response.content))
    if response.status_code == 204:
        return None
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of list_accounts_legacy_v2")
