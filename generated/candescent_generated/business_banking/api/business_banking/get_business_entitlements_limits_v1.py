from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_entitlements_limits import BusinessEntitlementsLimits
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    business_id: str,
    institution_customer_id: str | Unset = UNSET,
    feature_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["businessId"] = business_id

    params["institutionCustomerId"] = institution_customer_id

    params["featureName"] = feature_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/business-entitlements-limits",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessEntitlementsLimits | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BusinessEntitlementsLimits.from_dict(loads_json(response.content))

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> BusinessEntitlementsLimits:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = BusinessEntitlementsLimits.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusinessEntitlementsLimits | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    business_id: str,
    institution_customer_id: str | Unset = UNSET,
    feature_name: str | Unset = UNSET,
) -> Response[BusinessEntitlementsLimits | ErrorResponse]:
    """A company's entitled features and limits

    Args:
        business_id (str): The business (company) whose features and limits to read.
        institution_customer_id (str | Unset): The business (institution customer) to read for,
            when the user belongs to several.
        feature_name (str | Unset): Only this feature, e.g. ACH or WIRE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessEntitlementsLimits | ErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        institution_customer_id=institution_customer_id,
        feature_name=feature_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    business_id: str,
    institution_customer_id: str | Unset = UNSET,
    feature_name: str | Unset = UNSET,
) -> BusinessEntitlementsLimits | ErrorResponse | None:
    """A company's entitled features and limits

    Args:
        business_id (str): The business (company) whose features and limits to read.
        institution_customer_id (str | Unset): The business (institution customer) to read for,
            when the user belongs to several.
        feature_name (str | Unset): Only this feature, e.g. ACH or WIRE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessEntitlementsLimits | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            business_id=business_id,
            institution_customer_id=institution_customer_id,
            feature_name=feature_name,
        )
    ).parsed
