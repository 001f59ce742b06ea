"""The typed resource class the facade exposes for this category: one awaitable method per operation"""

from collections.abc import Mapping
from typing import Any, cast
from uuid import UUID

import httpx2

from ...models.create_user_list_metadata_request import CreateUserListMetadataRequest
from ...models.delete_experience_group_response import DeleteExperienceGroupResponse
from ...models.experience_group_request import ExperienceGroupRequest
from ...models.experience_group_response import ExperienceGroupResponse
from ...models.experience_groups_response import ExperienceGroupsResponse
from ...models.get_user_list_details_v1_view_name import GetUserListDetailsV1ViewName
from ...models.job import Job
from ...models.job_errors_response import JobErrorsResponse
from ...models.jobs_response import JobsResponse
from ...models.upload_experience_group_participants_request import UploadExperienceGroupParticipantsRequest
from ...models.upload_experience_group_participants_response import UploadExperienceGroupParticipantsResponse
from ...models.user_list_details_response import UserListDetailsResponse
from ...models.user_list_job_request import UserListJobRequest
from ...models.user_list_job_response import UserListJobResponse
from ...models.user_list_job_status import UserListJobStatus
from ...types import UNSET, Invoker, RawInvoker, Unset, raw_response
from . import (
    create_experience_group_v3 as _create_experience_group_v3,
    create_user_list_job_v1 as _create_user_list_job_v1,
    create_user_list_metadata_v1 as _create_user_list_metadata_v1,
    delete_experience_group_v3 as _delete_experience_group_v3,
    get_job_errors_v3 as _get_job_errors_v3,
    get_job_v3 as _get_job_v3,
    get_user_list_details_v1 as _get_user_list_details_v1,
    get_user_list_job_v1 as _get_user_list_job_v1,
    list_experience_groups_v3 as _list_experience_groups_v3,
    list_jobs_v3 as _list_jobs_v3,
    update_experience_group_v3 as _update_experience_group_v3,
    upload_experience_group_participants_v3 as _upload_experience_group_participants_v3,
)


class CustomerCampaigns:
    """Every operation of this category, one typed awaitable method each.

    A 2xx response returns the documented model; anything else raises a typed error.
    """

    category = "customer_campaigns"

    def __init__(self, invoke: Invoker, raw_invoke: RawInvoker | None = None) -> None:
        self._invoke = invoke
        self.raw = raw_invoke is None  # True for the instance behind with_raw_response
        if raw_invoke is not None:
            self.with_raw_response = CustomerCampaignsWithRawResponse(CustomerCampaigns(raw_invoke))  # type: ignore[arg-type]

    async def list_experience_groups_v3(
        self,
        *,
        page: int | Unset = 0,
        size: int | Unset = 20,
        sort: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ExperienceGroupsResponse:
        """List active experience groups, a page at a time

        GET /v3/groups (operationId ``list_experience_groups_v3``).

        Args:
            page: 0-based page number. Default: 0.
            size: How many items per page (at least 1). Default: 20.
            sort: prop,asc|desc over groupId, groupName, groupType.groupTypeName.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_experience_groups_v3",
            _list_experience_groups_v3._get_kwargs(
                page=page,
                size=size,
                sort=sort,
            ),
            _list_experience_groups_v3._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_experience_group_v3(
        self,
        *,
        body: ExperienceGroupRequest,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ExperienceGroupResponse:
        """Create an experience group

        POST /v3/groups (operationId ``create_experience_group_v3``).

        Args:
            body: A group's name and description (the type and platform have one value each).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_experience_group_v3",
            _create_experience_group_v3._get_kwargs(
                body=body,
            ),
            _create_experience_group_v3._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_experience_group_v3(
        self,
        group_id: UUID,
        *,
        body: ExperienceGroupRequest,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ExperienceGroupResponse:
        """Rename or re-describe a group

        PUT /v3/groups/{group_id} (operationId ``update_experience_group_v3``).

        Args:
            group_id: The experience group's id (a UUID).
            body: A group's name and description (the type and platform have one value each).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "update_experience_group_v3",
            _update_experience_group_v3._get_kwargs(
                group_id=group_id,
                body=body,
            ),
            _update_experience_group_v3._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_experience_group_v3(
        self,
        group_id: UUID,
        *,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeleteExperienceGroupResponse:
        """Delete a group with its memberships and import jobs

        DELETE /v3/groups/{group_id} (operationId ``delete_experience_group_v3``).

        Args:
            group_id: The experience group's id (a UUID).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_experience_group_v3",
            _delete_experience_group_v3._get_kwargs(
                group_id=group_id,
            ),
            _delete_experience_group_v3._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def upload_experience_group_participants_v3(
        self,
        group_id: UUID,
        *,
        body: UploadExperienceGroupParticipantsRequest,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadExperienceGroupParticipantsResponse:
        """Upload a CSV of participants (ADD, REMOVE or REPLACE); starts an import job

        PUT /v3/groups/{group_id}/participants (operationId ``upload_experience_group_participants_v3``).

        Args:
            group_id: The experience group's id (a UUID).
            body: A CSV of participants to apply to the group.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "upload_experience_group_participants_v3",
            _upload_experience_group_participants_v3._get_kwargs(
                group_id=group_id,
                body=body,
            ),
            _upload_experience_group_participants_v3._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_jobs_v3(
        self,
        *,
        group_id: UUID | Unset = UNSET,
        page: int | Unset = 0,
        size: int | Unset = 20,
        sort: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JobsResponse:
        """List participant-import jobs

        GET /v3/jobs (operationId ``list_jobs_v3``).

        Args:
            group_id: Only the jobs of this experience group (a UUID).
            page: 0-based page number. Default: 0.
            size: How many items per page (at least 1). Default: 20.
            sort: insertDateTime or group.groupName, e.g. insertDateTime,desc.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_jobs_v3",
            _list_jobs_v3._get_kwargs(
                group_id=group_id,
                page=page,
                size=size,
                sort=sort,
            ),
            _list_jobs_v3._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_job_v3(
        self,
        job_id: UUID,
        *,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job:
        """One import job (poll until it is no longer CREATED or PROCESSING)

        GET /v3/jobs/{job_id} (operationId ``get_job_v3``).

        Args:
            job_id: The participant-import job's id (a UUID, as the upload answered it).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_job_v3",
            _get_job_v3._get_kwargs(
                job_id=job_id,
            ),
            _get_job_v3._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_job_errors_v3(
        self,
        job_id: UUID,
        *,
        page: int | Unset = 0,
        size: int | Unset = 20,
        sort: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JobErrorsResponse:
        """The rejected lines of an import job

        GET /v3/jobs/{job_id}/errors (operationId ``get_job_errors_v3``).

        Args:
            job_id: The participant-import job's id (a UUID, as the upload answered it).
            page: 0-based page number. Default: 0.
            size: How many items per page (at least 1). Default: 20.
            sort: lineNbr or errorMsg, e.g. lineNbr,asc.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_job_errors_v3",
            _get_job_errors_v3._get_kwargs(
                job_id=job_id,
                page=page,
                size=size,
                sort=sort,
            ),
            _get_job_errors_v3._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_user_list_job_v1(
        self,
        fi_id: str,
        *,
        body: UserListJobRequest,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserListJobResponse:
        """Upload a promotions user list by member id (asynchronous)

        POST /pss/v1/fis/{fi_id}/audiences/userListJobs (operationId ``create_user_list_job_v1``).

        Args:
            fi_id: The institution's id (the five-digit FI id of the v1 token).
            body: A promotions user list given by member id.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_user_list_job_v1",
            _create_user_list_job_v1._get_kwargs(
                fi_id=fi_id,
                body=body,
            ),
            _create_user_list_job_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_user_list_job_v1(
        self,
        fi_id: str,
        job_id: str,
        *,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserListJobStatus:
        """A promotions user-list job's status (kept 30 days)

        GET /pss/v1/fis/{fi_id}/audiences/userListJobs/{job_id} (operationId ``get_user_list_job_v1``).

        Args:
            fi_id: The institution's id (the five-digit FI id of the v1 token).
            job_id: The user-list job's id (the numeric string createUserListJobV1 answered).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_user_list_job_v1",
            _get_user_list_job_v1._get_kwargs(
                fi_id=fi_id,
                job_id=job_id,
            ),
            _get_user_list_job_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_user_list_details_v1(
        self,
        *,
        userlist_file_name: str,
        view_name: GetUserListDetailsV1ViewName,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserListDetailsResponse:
        """A user list file's processing status or error report

        GET /v1/userlists (operationId ``get_user_list_details_v1``).

        Args:
            userlist_file_name: The uploaded file's name: FI<five-digit FI id>_<list
                name>_<yyyyMMddHHmmss>.csv.
            view_name: fileStatus: the file's processing status and counts; fileErrorReport: where its
                error report is.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_user_list_details_v1",
            _get_user_list_details_v1._get_kwargs(
                userlist_file_name=userlist_file_name,
                view_name=view_name,
            ),
            _get_user_list_details_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_user_list_metadata_v1(
        self,
        *,
        body: CreateUserListMetadataRequest,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Register an SFTP-uploaded user list file (only the first entry is processed)

        POST /v1/userlists (operationId ``create_user_list_metadata_v1``).

        Args:
            body: A user list file uploaded by SFTP, to register.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_user_list_metadata_v1",
            _create_user_list_metadata_v1._get_kwargs(
                body=body,
            ),
            _create_user_list_metadata_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class CustomerCampaignsWithRawResponse:
    """The same methods, returning the raw response (status, headers, trace id) with the parsed value."""

    category = "customer_campaigns"

    def __init__(self, raw: CustomerCampaigns) -> None:
        self.list_experience_groups_v3 = raw_response(raw.list_experience_groups_v3)
        self.create_experience_group_v3 = raw_response(raw.create_experience_group_v3)
        self.update_experience_group_v3 = raw_response(raw.update_experience_group_v3)
        self.delete_experience_group_v3 = raw_response(raw.delete_experience_group_v3)
        self.upload_experience_group_participants_v3 = raw_response(raw.upload_experience_group_participants_v3)
        self.list_jobs_v3 = raw_response(raw.list_jobs_v3)
        self.get_job_v3 = raw_response(raw.get_job_v3)
        self.get_job_errors_v3 = raw_response(raw.get_job_errors_v3)
        self.create_user_list_job_v1 = raw_response(raw.create_user_list_job_v1)
        self.get_user_list_job_v1 = raw_response(raw.get_user_list_job_v1)
        self.get_user_list_details_v1 = raw_response(raw.get_user_list_details_v1)
        self.create_user_list_metadata_v1 = raw_response(raw.create_user_list_metadata_v1)
