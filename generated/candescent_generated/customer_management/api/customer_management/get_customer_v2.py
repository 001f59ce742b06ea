from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_customer_v2_fi_customer_id_type import GetCustomerV2FiCustomerIdType
from ...models.legacy_fi_customer import LegacyFICustomer
from ...models.status import Status
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    fi_id: str,
    fi_customer_id: str,
    *,
    fi_customer_id_type: GetCustomerV2FiCustomerIdType | Unset = GetCustomerV2FiCustomerIdType.GUID,
    operation: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
    offering_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LegacyFICustomer | Status | None:
    if response.status_code == 200:
        response_200 = LegacyFICustomer.from_dict(loads_json(response.content))

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


def _parse_success(response: httpx.Response) -> LegacyFICustomer:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = LegacyFICustomer.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LegacyFICustomer | Status]:
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
    fi_customer_id_type: GetCustomerV2FiCustomerIdType | Unset = GetCustomerV2FiCustomerIdType.GUID,
    operation: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
    offering_id: str | Unset = UNSET,
) -> Response[LegacyFICustomer | Status]:
    """A customer's legacy profile (XML)

    Args:
        fi_id (str):
        fi_customer_id (str):
        fi_customer_id_type (GetCustomerV2FiCustomerIdType | Unset):  Default:
            GetCustomerV2FiCustomerIdType.GUID.
        operation (str | Unset):
        originating_ip (str | Unset):
        offering_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LegacyFICustomer | Status]
    """

    kwargs = _get_kwargs(
        fi_id=fi_id,
        fi_customer_id=fi_customer_id,
        fi_customer_id_type=fi_customer_id_type,
        operation=operation,
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
    fi_customer_id_type: GetCustomerV2FiCustomerIdType | Unset = GetCustomerV2FiCustomerIdType.GUID,
    operation: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
    offering_id: str | Unset = UNSET,
) -> LegacyFICustomer | Status | None:
    """A customer's legacy profile (XML)

    Args:
        fi_id (str):
        fi_customer_id (str):
        fi_customer_id_type (GetCustomerV2FiCustomerIdType | Unset):  Default:
            GetCustomerV2FiCustomerIdType.GUID.
        operation (str | Unset):
        originating_ip (str | Unset):
        offering_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyFICustomer | Status
    """

    return (
        await asyncio_detailed(
            fi_id=fi_id,
            fi_customer_id=fi_customer_id,
            client=client,
            fi_customer_id_type=fi_customer_id_type,
            operation=operation,
            originating_ip=originating_ip,
            offering_id=offering_id,
        )
    ).parsed
