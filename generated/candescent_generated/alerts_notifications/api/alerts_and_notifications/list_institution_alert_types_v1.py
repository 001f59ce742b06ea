from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.institution_alert_type_resources import InstitutionAlertTypeResources
from ...models.list_institution_alert_types_v1_status_optd import ListInstitutionAlertTypesV1StatusOptd
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    alert_type_name: str | Unset = UNSET,
    external_system: str | Unset = UNSET,
    status_optd: ListInstitutionAlertTypesV1StatusOptd | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["alertTypeName"] = alert_type_name

    params["externalSystem"] = external_system

    json_status_optd: str | Unset = UNSET
    if not isinstance(status_optd, Unset):
        json_status_optd = ListInstitutionAlertTypesV1StatusOptd(status_optd).value

    params["statusOptd"] = json_status_optd

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/institution-alert-types",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InstitutionAlertTypeResources | None:
    if response.status_code == 200:
        response_200 = InstitutionAlertTypeResources.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> InstitutionAlertTypeResources:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = InstitutionAlertTypeResources.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | InstitutionAlertTypeResources]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    alert_type_name: str | Unset = UNSET,
    external_system: str | Unset = UNSET,
    status_optd: ListInstitutionAlertTypesV1StatusOptd | Unset = UNSET,
) -> Response[ErrorResponse | InstitutionAlertTypeResources]:
    """The institution's alert types (enabled channels and status per type)

    Args:
        alert_type_name (str | Unset): Only the institution's settings for this alert type name.
        external_system (str | Unset): Only alert types raised by this vendor.
        status_optd (ListInstitutionAlertTypesV1StatusOptd | Unset): ACTIVE: the types the
            institution offers; INACTIVE: the ones it turned off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InstitutionAlertTypeResources]
    """

    kwargs = _get_kwargs(
        alert_type_name=alert_type_name,
        external_system=external_system,
        status_optd=status_optd,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    alert_type_name: str | Unset = UNSET,
    external_system: str | Unset = UNSET,
    status_optd: ListInstitutionAlertTypesV1StatusOptd | Unset = UNSET,
) -> ErrorResponse | InstitutionAlertTypeResources | None:
    """The institution's alert types (enabled channels and status per type)

    Args:
        alert_type_name (str | Unset): Only the institution's settings for this alert type name.
        external_system (str | Unset): Only alert types raised by this vendor.
        status_optd (ListInstitutionAlertTypesV1StatusOptd | Unset): ACTIVE: the types the
            institution offers; INACTIVE: the ones it turned off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InstitutionAlertTypeResources
    """

    return (
        await asyncio_detailed(
            client=client,
            alert_type_name=alert_type_name,
            external_system=external_system,
            status_optd=status_optd,
        )
    ).parsed
