from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.mx_reporting_error import MxReportingError
from ...types import File, Response, loads_json


def _get_kwargs(
    mx_reporting_resource_path: str,
    *,
    ext_host: str,
    accept: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["ext_host"] = ext_host

    headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mx/{mx_reporting_resource_path}".format(
            mx_reporting_resource_path=quote(str(mx_reporting_resource_path), safe="/"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MxReportingError | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorResponse | MxReportingError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ErrorResponse.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = MxReportingError.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = MxReportingError.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = MxReportingError.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 410:
        response_410 = MxReportingError.from_dict(loads_json(response.content))

        return response_410

    if response.status_code == 429:
        response_429 = MxReportingError.from_dict(loads_json(response.content))

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorResponse | MxReportingError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_500_type_0 = ErrorResponse.from_dict(data)

                return response_500_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_500_type_1 = MxReportingError.from_dict(data)

            return response_500_type_1

        response_500 = _parse_response_500(loads_json(response.content))

        return response_500

    if response.status_code == 502:
        response_502 = MxReportingError.from_dict(loads_json(response.content))

        return response_502

    if response.status_code == 503:
        response_503 = MxReportingError.from_dict(loads_json(response.content))

        return response_503

    if response.status_code == 504:
        response_504 = MxReportingError.from_dict(loads_json(response.content))

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> File:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MxReportingError | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    mx_reporting_resource_path: str,
    *,
    client: AuthenticatedClient | Client,
    ext_host: str,
    accept: str,
) -> Response[ErrorResponse | MxReportingError | File]:
    """MX Reporting daily change file (Avro bytes)

    Args:
        mx_reporting_resource_path (str): The reporting resource, e.g.
            download/transactions/2026-11-24 (a daily file; files are kept 7 days).
        ext_host (str): The MX host the gateway forwards to: logs.moneydesktop.com or int-
            logs.moneydesktop.com.
        accept (str): The answer's media type, sent as Accept: the Avro daily file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | MxReportingError | File | MxReportingError]
    """

    kwargs = _get_kwargs(
        mx_reporting_resource_path=mx_reporting_resource_path,
        ext_host=ext_host,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mx_reporting_resource_path: str,
    *,
    client: AuthenticatedClient | Client,
    ext_host: str,
    accept: str,
) -> ErrorResponse | MxReportingError | File | None:
    """MX Reporting daily change file (Avro bytes)

    Args:
        mx_reporting_resource_path (str): The reporting resource, e.g.
            download/transactions/2026-11-24 (a daily file; files are kept 7 days).
        ext_host (str): The MX host the gateway forwards to: logs.moneydesktop.com or int-
            logs.moneydesktop.com.
        accept (str): The answer's media type, sent as Accept: the Avro daily file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | MxReportingError | File | MxReportingError
    """

    return (
        await asyncio_detailed(
            mx_reporting_resource_path=mx_reporting_resource_path,
            client=client,
            ext_host=ext_host,
            accept=accept,
        )
    ).parsed
