from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.search_criteria import SearchCriteria
from ...models.search_response import SearchResponse
from ...types import UNSET, Response, Unset, dumps_json, loads_json


def _get_kwargs(
    *,
    body: SearchCriteria,
    accept_encoding: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_encoding, Unset):
        headers["Accept-Encoding"] = accept_encoding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/banking-activities",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | SearchResponse | None:
    if response.status_code == 200:
        response_200 = SearchResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _parse_success(response: httpx.Response) -> SearchResponse | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = SearchResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | SearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchCriteria,
    accept_encoding: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | SearchResponse]:
    """Search the institution's activity and audit events

     A read sent as a POST (so safe to retry). The window is at most 90 days back; the platform gzip-
    encodes its answers; 204 when nothing matched. Page with nextPageToken (paginate() does).

    Args:
        accept_encoding (str | Unset): The compression you accept for the answer: application/gzip
            (the platform's default), gzip, deflate or *; other values are refused. Omitted: the
            client sends httpx's usual list (gzip, deflate).
        body (SearchCriteria): What banking activity to search for, and which page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | SearchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_encoding=accept_encoding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchCriteria,
    accept_encoding: str | Unset = UNSET,
) -> Any | ErrorResponse | SearchResponse | None:
    """Search the institution's activity and audit events

     A read sent as a POST (so safe to retry). The window is at most 90 days back; the platform gzip-
    encodes its answers; 204 when nothing matched. Page with nextPageToken (paginate() does).

    Args:
        accept_encoding (str | Unset): The compression you accept for the answer: application/gzip
            (the platform's default), gzip, deflate or *; other values are refused. Omitted: the
            client sends httpx's usual list (gzip, deflate).
        body (SearchCriteria): What banking activity to search for, and which page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | SearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept_encoding=accept_encoding,
        )
    ).parsed
