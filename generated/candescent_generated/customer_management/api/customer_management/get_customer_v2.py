from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fi_customer import FICustomer
from ...models.get_customer_v2_fi_customer_id_type import GetCustomerV2FiCustomerIdType
from ...models.status import Status
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    fi_id: str,
    fi_customer_id: str,
    *,
    fi_customer_id_type: GetCustomerV2FiCustomerIdType | Unset = UNSET,
    operation: str | Unset = UNSET,
    date: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
    offering_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(date, Unset):
        headers["Date"] = date

    if not isinstance(originating_ip, Unset):
        headers["originating_ip"] = originating_ip

    if not isinstance(offering_id, Unset):
        headers["offering_id"] = offering_id

    params: dict[str, Any] = {}

    json_fi_customer_id_type: str | Unset = UNSET
    if not isinstance(fi_customer_id_type, Unset):
        json_fi_customer_id_type = GetCustomerV2FiCustomerIdType(fi_customer_id_type).value

    params["fiCustomerIdType"] = json_fi_customer_id_type

    params["operation"] = operation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bankingservices/v2/fis/{fi_id}/fiCustomers/{fi_customer_id}".format(
            fi_id=quote(str(fi_id), safe=""),
            fi_customer_id=quote(str(fi_customer_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FICustomer | Status | None:
    if response.status_code == 200:
        response_200 = FICustomer.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Status.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Status.from_dict(loads_json(response.content))

        return response_401

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


def _parse_success(response: httpx.Response) -> FICustomer:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = FICustomer.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FICustomer | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    fi_id: str,
    fi_customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    fi_customer_id_type: GetCustomerV2FiCustomerIdType | Unset = UNSET,
    operation: str | Unset = UNSET,
    date: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
    offering_id: str | Unset = UNSET,
) -> Response[FICustomer | Status]:
    """A customer's legacy profile (XML)

    Args:
        fi_id (str): The institution's five-digit id.
        fi_customer_id (str): The customer, as fiCustomerIdType says (by default their legacy
            customer GUID).
        fi_customer_id_type (GetCustomerV2FiCustomerIdType | Unset): What fiCustomerId holds: GUID
            (when omitted), MEMNUMBER (the member number), LOGINID or HOSTID.
        operation (str | Unset): A legacy variant of the answer to ask for, e.g. getPFMUser; omit
            for the plain profile.
        date (str | Unset): When the request is made, as an HTTP date in UTC (optional).
        originating_ip (str | Unset): The end user's IP address, when calling on their behalf
            (optional).
        offering_id (str | Unset): The calling offering's id, where the institution assigned one
            (optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FICustomer | Status]
    """

    kwargs = _get_kwargs(
        fi_id=fi_id,
        fi_customer_id=fi_customer_id,
        fi_customer_id_type=fi_customer_id_type,
        operation=operation,
        date=date,
        originating_ip=originating_ip,
        offering_id=offering_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fi_id: str,
    fi_customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    fi_customer_id_type: GetCustomerV2FiCustomerIdType | Unset = UNSET,
    operation: str | Unset = UNSET,
    date: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
    offering_id: str | Unset = UNSET,
) -> FICustomer | Status | None:
    """A customer's legacy profile (XML)

    Args:
        fi_id (str): The institution's five-digit id.
        fi_customer_id (str): The customer, as fiCustomerIdType says (by default their legacy
            customer GUID).
        fi_customer_id_type (GetCustomerV2FiCustomerIdType | Unset): What fiCustomerId holds: GUID
            (when omitted), MEMNUMBER (the member number), LOGINID or HOSTID.
        operation (str | Unset): A legacy variant of the answer to ask for, e.g. getPFMUser; omit
            for the plain profile.
        date (str | Unset): When the request is made, as an HTTP date in UTC (optional).
        originating_ip (str | Unset): The end user's IP address, when calling on their behalf
            (optional).
        offering_id (str | Unset): The calling offering's id, where the institution assigned one
            (optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FICustomer | Status
    """

    return (
        await asyncio_detailed(
            fi_id=fi_id,
            fi_customer_id=fi_customer_id,
            client=client,
            fi_customer_id_type=fi_customer_id_type,
            operation=operation,
            date=date,
            originating_ip=originating_ip,
            offering_id=offering_id,
        )
    ).parsed
