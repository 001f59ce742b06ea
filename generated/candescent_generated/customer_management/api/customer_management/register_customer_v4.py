from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fi_customer import FICustomer
from ...models.status import Status
from ...types import Response, dumps_json, loads_json


def _get_kwargs(
    di_fiid: str,
    *,
    body: FICustomer,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FICustomer | Status | None:
    if response.status_code == 200:
        response_200 = FICustomer.from_dict(loads_json(response.content))

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
    di_fiid: str,
    *,
    client: AuthenticatedClient | Client,
    body: FICustomer,
) -> Response[FICustomer | Status]:
    """Register a new digital-banking customer (legacy, XML)

     The body is the FICustomer element; the platform accepts JSON or XML but answers in XML, so the
    facade sends XML and converts the answer.

    Args:
        di_fiid (str):
        body (FICustomer): The legacy customer element, used both to register (request) and as the
            answer. Leaves are strings on the wire (XML).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FICustomer | Status]
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
    body: FICustomer,
) -> FICustomer | Status | None:
    """Register a new digital-banking customer (legacy, XML)

     The body is the FICustomer element; the platform accepts JSON or XML but answers in XML, so the
    facade sends XML and converts the answer.

    Args:
        di_fiid (str):
        body (FICustomer): The legacy customer element, used both to register (request) and as the
            answer. Leaves are strings on the wire (XML).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FICustomer | Status
    """

    return (
        await asyncio_detailed(
            di_fiid=di_fiid,
            client=client,
            body=body,
        )
    ).parsed
