from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fi_customer_request import FICustomerRequest
from ...models.fi_customer_response import FICustomerResponse
from ...models.status import Status
from ...types import Response, dumps_json, loads_json


def _get_kwargs(
    di_fiid: str,
    *,
    body: FICustomerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/registration/v4/fis/{di_fiid}/fiCustomers".format(
            di_fiid=quote(str(di_fiid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/xml"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FICustomerResponse | Status | None:
    if response.status_code == 200:
        response_200 = FICustomerResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Status.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 409:
        response_409 = Status.from_dict(loads_json(response.content))

        return response_409

    if response.status_code == 500:
        response_500 = Status.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> FICustomerResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = FICustomerResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FICustomerResponse | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    di_fiid: str,
    *,
    client: AuthenticatedClient | Client,
    body: FICustomerRequest,
) -> Response[FICustomerResponse | Status]:
    """Register a new digital-banking customer (legacy, XML)

     Sends the FICustomer element (FICustomerRequest's fields) as XML and reads the FICustomer element of
    the answer (FICustomerResponse's fields); the facade converts both ways.

    Args:
        di_fiid (str): The institution's five-digit id; the body's fiId.value repeats it.
        body (FICustomerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FICustomerResponse | Status]
    """

    kwargs = _get_kwargs(
        di_fiid=di_fiid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    di_fiid: str,
    *,
    client: AuthenticatedClient | Client,
    body: FICustomerRequest,
) -> FICustomerResponse | Status | None:
    """Register a new digital-banking customer (legacy, XML)

     Sends the FICustomer element (FICustomerRequest's fields) as XML and reads the FICustomer element of
    the answer (FICustomerResponse's fields); the facade converts both ways.

    Args:
        di_fiid (str): The institution's five-digit id; the body's fiId.value repeats it.
        body (FICustomerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FICustomerResponse | Status
    """

    return (
        await asyncio_detailed(
            di_fiid=di_fiid,
            client=client,
            body=body,
        )
    ).parsed
