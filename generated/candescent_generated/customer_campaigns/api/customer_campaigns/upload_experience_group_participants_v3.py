from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.upload_experience_group_participants_request import UploadExperienceGroupParticipantsRequest
from ...models.upload_experience_group_participants_response import UploadExperienceGroupParticipantsResponse
from ...types import Response, loads_json


def _get_kwargs(
    group_id: UUID,
    *,
    body: UploadExperienceGroupParticipantsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/groups/{group_id}/participants".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UploadExperienceGroupParticipantsResponse | None:
    if response.status_code == 200:
        response_200 = UploadExperienceGroupParticipantsResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(response: httpx.Response) -> UploadExperienceGroupParticipantsResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        response_200 = UploadExperienceGroupParticipantsResponse.from_dict(loads_json(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UploadExperienceGroupParticipantsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UploadExperienceGroupParticipantsRequest,
) -> Response[ErrorResponse | UploadExperienceGroupParticipantsResponse]:
    """Upload a CSV of participants (ADD, REMOVE or REPLACE); starts an import job

    Args:
        group_id (UUID): The experience group's id (a UUID).
        body (UploadExperienceGroupParticipantsRequest): A CSV of participants to apply to the
            group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UploadExperienceGroupParticipantsResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UploadExperienceGroupParticipantsRequest,
) -> ErrorResponse | UploadExperienceGroupParticipantsResponse | None:
    """Upload a CSV of participants (ADD, REMOVE or REPLACE); starts an import job

    Args:
        group_id (UUID): The experience group's id (a UUID).
        body (UploadExperienceGroupParticipantsRequest): A CSV of participants to apply to the
            group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UploadExperienceGroupParticipantsResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
