from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mx_payload import MxPayload
from ...types import Response, loads_json


def _get_kwargs(
    institution_id: str,
    mx_sso_resource_path: str,
    *,
    ext_host: str,
    accept: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["ext_host"] = ext_host

    headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/mx/{institution_id}/{mx_sso_resource_path}".format(
            institution_id=quote(str(institution_id), safe=""),
            mx_sso_resource_path=quote(str(mx_sso_resource_path), safe="/"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | MxPayload | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = MxPayload.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = MxPayload.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = MxPayload.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = MxPayload.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 405:
        response_405 = MxPayload.from_dict(loads_json(response.content))

        return response_405

    if response.status_code == 406:
        response_406 = MxPayload.from_dict(loads_json(response.content))

        return response_406

    if response.status_code == 409:
        response_409 = MxPayload.from_dict(loads_json(response.content))

        return response_409

    if response.status_code == 422:
        response_422 = MxPayload.from_dict(loads_json(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = MxPayload.from_dict(loads_json(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = MxPayload.from_dict(loads_json(response.content))

        return response_500

    if response.status_code == 502:
        response_502 = MxPayload.from_dict(loads_json(response.content))

        return response_502

    if response.status_code == 503:
        response_503 = MxPayload.from_dict(loads_json(response.content))

        return response_503

    if response.status_code == 504:
        response_504 = MxPayload.from_dict(loads_json(response.content))

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 204:
        return
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | MxPayload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    institution_id: str,
    mx_sso_resource_path: str,
    *,
    client: AuthenticatedClient | Client,
    ext_host: str,
    accept: str,
) -> Response[Any | MxPayload]:
    """MX SSO passthrough (DELETE): end a user session

    Args:
        institution_id (str): The MX client id.
        mx_sso_resource_path (str): SSO v3 resource, e.g. users/U1/urls or
            users/U1/urls/mini_budgets_widget.
        ext_host (str): sso.moneydesktop.com or int-sso.moneydesktop.com.
        accept (str): application/vnd.moneydesktop.sso.v3+json or +xml.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MxPayload]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        mx_sso_resource_path=mx_sso_resource_path,
        ext_host=ext_host,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_id: str,
    mx_sso_resource_path: str,
    *,
    client: AuthenticatedClient | Client,
    ext_host: str,
    accept: str,
) -> Any | MxPayload | None:
    """MX SSO passthrough (DELETE): end a user session

    Args:
        institution_id (str): The MX client id.
        mx_sso_resource_path (str): SSO v3 resource, e.g. users/U1/urls or
            users/U1/urls/mini_budgets_widget.
        ext_host (str): sso.moneydesktop.com or int-sso.moneydesktop.com.
        accept (str): application/vnd.moneydesktop.sso.v3+json or +xml.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MxPayload
    """

    return (
        await asyncio_detailed(
            institution_id=institution_id,
            mx_sso_resource_path=mx_sso_resource_path,
            client=client,
            ext_host=ext_host,
            accept=accept,
        )
    ).parsed
