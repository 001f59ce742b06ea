from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_information import CustomerInformation
from ...models.error import Error
from ...models.get_customer_information_user_id_type import GetCustomerInformationUserIdType
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    customer_id: str,
    *,
    user_id_type: GetCustomerInformationUserIdType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_id_type: str | Unset = UNSET
    if not isinstance(user_id_type, Unset):
        json_user_id_type = GetCustomerInformationUserIdType(user_id_type).value

    params["userIdType"] = json_user_id_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerInformation | Error | None:
    if response.status_code == 200:
        response_200 = CustomerInformation.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(loads_json(response.content))

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(loads_json(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> CustomerInformation:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = CustomerInformation.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerInformation | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id_type: GetCustomerInformationUserIdType | Unset = UNSET,
) -> Response[CustomerInformation | Error]:
    """A customer's profile

    Args:
        customer_id (str): The customer: their legacy customer GUID (32 hexadecimal characters),
            or their login id with userIdType=LOGIN_ID.
        user_id_type (GetCustomerInformationUserIdType | Unset): What customerId holds:
            CUSTOMER_ID (the legacy customer GUID; the default) or LOGIN_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerInformation | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        user_id_type=user_id_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id_type: GetCustomerInformationUserIdType | Unset = UNSET,
) -> CustomerInformation | Error | None:
    """A customer's profile

    Args:
        customer_id (str): The customer: their legacy customer GUID (32 hexadecimal characters),
            or their login id with userIdType=LOGIN_ID.
        user_id_type (GetCustomerInformationUserIdType | Unset): What customerId holds:
            CUSTOMER_ID (the legacy customer GUID; the default) or LOGIN_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerInformation | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            user_id_type=user_id_type,
        )
    ).parsed
