from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.e_statement_report_request import EStatementReportRequest
from ...models.e_statement_report_response import EStatementReportResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset, dumps_json, loads_json


def _get_kwargs(
    *,
    body: EStatementReportRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports/e-statements",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EStatementReportResponse | Error | None:
    if response.status_code == 200:
        response_200 = EStatementReportResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = EStatementReportResponse.from_dict(loads_json(response.content))

        return response_206

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


def _parse_success(response: httpx.Response) -> EStatementReportResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = EStatementReportResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = EStatementReportResponse.from_dict(loads_json(response.content))

        return response_206

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EStatementReportResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EStatementReportRequest | Unset = UNSET,
) -> Response[EStatementReportResponse | Error]:
    """The institution's e-statement opt-in report (a read sent as a POST)

    Args:
        body (EStatementReportRequest | Unset): Optional filters of the opt-in report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EStatementReportResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EStatementReportRequest | Unset = UNSET,
) -> EStatementReportResponse | Error | None:
    """The institution's e-statement opt-in report (a read sent as a POST)

    Args:
        body (EStatementReportRequest | Unset): Optional filters of the opt-in report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EStatementReportResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
