"""Customer campaigns: groups, a participant upload whose job progresses over polls, Spring pages."""

from __future__ import annotations

import io
import re

import pytest

from candescent_async import BadRequestError, paginate
from candescent_async.sandbox import Sandbox
from candescent_async.types import File
from candescent_async.types.customer_campaigns import (
    CreateUserListMetadataRequest,
    ExperienceGroupRequest,
    UploadExperienceGroupParticipantsRequest,
    UserListJobRequest,
)

pytestmark = pytest.mark.anyio


def _csv(*ids: str) -> File:
    return File(
        payload=io.BytesIO(("ParticipantId\n" + "\n".join(ids)).encode()), file_name="p.csv", mime_type="text/csv"
    )


async def test_upload_job_progresses_to_partial_success_and_reports_errors() -> None:
    sandbox = Sandbox(seed=6)
    async with sandbox.client() as cd:
        group = await cd.customer_campaigns.create_experience_group_v3(body=ExperienceGroupRequest(group_name="VIP"))
        upload = await cd.customer_campaigns.upload_experience_group_participants_v3(
            group.group_id,
            body=UploadExperienceGroupParticipantsRequest(type_="ADD", file_name=_csv("M1", "M2", "X" * 40)),
        )
        assert upload.job_status == "CREATED"
        with pytest.raises(BadRequestError) as busy:
            await cd.customer_campaigns.upload_experience_group_participants_v3(
                group.group_id, body=UploadExperienceGroupParticipantsRequest(type_="ADD", file_name=_csv("M3"))
            )
        assert busy.value.code == "2001"
        statuses = []
        for _ in range(3):
            job = await cd.customer_campaigns.get_job_v3(upload.job_id)
            statuses.append(job.job_status)
        assert statuses == ["PROCESSING", "PARTIAL_SUCCESS", "PARTIAL_SUCCESS"]
        assert (job.success_records_count, job.failed_records_count) == (2, 1)
        errors = [e async for e in paginate(cd.customer_campaigns.get_job_errors_v3, job_id=upload.job_id)]
        assert [e.line_nbr for e in errors] == [4]
        groups = [g async for g in paginate(cd.customer_campaigns.list_experience_groups_v3)]
        assert groups[0].no_of_participants == 2


async def test_spring_paging_walks_every_group() -> None:
    sandbox = Sandbox(seed=6)
    async with sandbox.client() as cd:
        for i in range(7):
            await cd.customer_campaigns.create_experience_group_v3(body=ExperienceGroupRequest(group_name=f"G{i}"))
        names = [
            g.group_name
            async for g in paginate(cd.customer_campaigns.list_experience_groups_v3, sort="groupName,asc").with_options(
                page_size=3
            )
        ]
        assert names == [f"G{i}" for i in range(7)]
        assert sandbox.calls["listExperienceGroupsV3"] == 3
        with pytest.raises(BadRequestError) as dup:
            await cd.customer_campaigns.create_experience_group_v3(body=ExperienceGroupRequest(group_name="G0"))
        assert dup.value.code == "2004"


async def test_promotions_list_job_and_audience_metadata() -> None:
    sandbox = Sandbox(seed=6)
    async with sandbox.client() as cd:
        job = await cd.customer_campaigns.create_user_list_job_v1(
            "01234", body=UserListJobRequest(name="Spring promo", users=["HU-1001", "nobody"])
        )
        status = await cd.customer_campaigns.get_user_list_job_v1("01234", str(job.job_id))
        assert (status.member_ids_count, status.valid_member_ids_count, status.status.failed_users) == (
            2,
            1,
            ["nobody"],
        )
        name = "FI01234_spring_20261125120000.csv"
        meta = {
            "userLists": [
                {"fileMetadata": {"userlistFileName": name, "userlistName": "Spring", "userlistOperation": "CREATE"}}
            ]
        }
        await cd.customer_campaigns.create_user_list_metadata_v1(body=CreateUserListMetadataRequest.from_dict(meta))
        details = await cd.customer_campaigns.get_user_list_details_v1(userlist_file_name=name, view_name="fileStatus")
        file_status = details.user_lists[0].file_status
        assert file_status.is_report_available == "true"
        # The platform types reportAvailableUntil a plain string (yyyyMMddHHmmss) and fileSentDate a date-time.
        assert re.fullmatch(r"[0-9]{14}", file_status.report_available_until)
        assert file_status.file_sent_date.tzinfo is not None


async def test_spring_paging_is_lenient_as_the_platform_documents_no_400_for_it() -> None:
    sandbox = Sandbox(seed=3)
    async with sandbox.client() as cd:
        for name in ("A", "B", "C"):
            await cd.customer_campaigns.create_experience_group_v3(body=ExperienceGroupRequest(group_name=name))
        clamped = await cd.customer_campaigns.list_experience_groups_v3(page=-4, size=0)
    assert (clamped.page.number, clamped.page.size, len(clamped.content)) == (0, 20, 3)
    assert all(group.links for group in clamped.content)  # each group links to itself, as the platform requires
