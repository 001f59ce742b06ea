from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_institution_user_v1_user_id_type import GetInstitutionUserV1UserIdType
from ...models.institution_user import InstitutionUser
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    institution_user_id: str,
    *,
    user_id_type: GetInstitutionUserV1UserIdType | Unset = GetInstitutionUserV1UserIdType.INSTITUTION_USER_ID,
    expand: str | Unset = UNSET,
    retrieve_bill_pay_credentials: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_id_type: str | Unset = UNSET
    if not isinstance(user_id_type, Unset):
        json_user_id_type = GetInstitutionUserV1UserIdType(user_id_type).value

    params["userIdType"] = json_user_id_type

    params["$expand"] = expand

    params["retrieveBillPayCredentials"] = retrieve_bill_pay_credentials

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/institution-users/{institution_user_id}".format(
            institution_user_id=quote(str(institution_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InstitutionUser | None:
    if response.status_code == 200:
        response_200 = InstitutionUser.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> InstitutionUser:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = InstitutionUser.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | InstitutionUser]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    institution_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id_type: GetInstitutionUserV1UserIdType | Unset = GetInstitutionUserV1UserIdType.INSTITUTION_USER_ID,
    expand: str | Unset = UNSET,
    retrieve_bill_pay_credentials: bool | Unset = False,
) -> Response[ErrorResponse | InstitutionUser]:
    """An institution user, optionally expanded with contact methods, addresses, sub-users

    Args:
        institution_user_id (str): The user, as userIdType says (by default their institution user
            id, 32 hexadecimal characters).
        user_id_type (GetInstitutionUserV1UserIdType | Unset): What institutionUserId holds:
            INSTITUTION_USER_ID (the default), HOST_USER_ID (the member number; not for business
            users), LOGIN_ID, LEGACY_USER_GUID or USER_ID. Default:
            GetInstitutionUserV1UserIdType.INSTITUTION_USER_ID.
        expand (str | Unset): Comma list of what to add: contactMethods, postalAddresses (or
            postalAddress), subUsers; each may carry a nested filter, e.g.
            contactMethods($filter=validated eq true) (strings in single quotes).
        retrieve_bill_pay_credentials (bool | Unset): Also return the OFX bill-pay login in
            institutionCustomers[].additionalInfo (needs the institution-users-billpay:read scope).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InstitutionUser]
    """

    kwargs = _get_kwargs(
        institution_user_id=institution_user_id,
        user_id_type=user_id_type,
        expand=expand,
        retrieve_bill_pay_credentials=retrieve_bill_pay_credentials,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id_type: GetInstitutionUserV1UserIdType | Unset = GetInstitutionUserV1UserIdType.INSTITUTION_USER_ID,
    expand: str | Unset = UNSET,
    retrieve_bill_pay_credentials: bool | Unset = False,
) -> ErrorResponse | InstitutionUser | None:
    """An institution user, optionally expanded with contact methods, addresses, sub-users

    Args:
        institution_user_id (str): The user, as userIdType says (by default their institution user
            id, 32 hexadecimal characters).
        user_id_type (GetInstitutionUserV1UserIdType | Unset): What institutionUserId holds:
            INSTITUTION_USER_ID (the default), HOST_USER_ID (the member number; not for business
            users), LOGIN_ID, LEGACY_USER_GUID or USER_ID. Default:
            GetInstitutionUserV1UserIdType.INSTITUTION_USER_ID.
        expand (str | Unset): Comma list of what to add: contactMethods, postalAddresses (or
            postalAddress), subUsers; each may carry a nested filter, e.g.
            contactMethods($filter=validated eq true) (strings in single quotes).
        retrieve_bill_pay_credentials (bool | Unset): Also return the OFX bill-pay login in
            institutionCustomers[].additionalInfo (needs the institution-users-billpay:read scope).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InstitutionUser
    """

    return (
        await asyncio_detailed(
            institution_user_id=institution_user_id,
            client=client,
            user_id_type=user_id_type,
            expand=expand,
            retrieve_bill_pay_credentials=retrieve_bill_pay_credentials,
        )
    ).parsed
