from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define, field as _attrs_field

from ..models.job_group_type import JobGroupType
from ..models.job_job_status import JobJobStatus
from ..models.job_type import JobType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "jobId",
        "groupId",
        "groupName",
        "groupType",
        "inputFileName",
        "workingFileName",
        "type",
        "totalRecordsCount",
        "successRecordsCount",
        "failedRecordsCount",
        "jobStatus",
        "jobCreatedBy",
        "createdDateTime",
        "lastUpdatedDateTime",
        "jobDetails",
        "links",
    }
)


@_attrs_define
class Job(_Model):
    """A participant-import job.

    Attributes:
        job_id (UUID): The job's id (a UUID).
        group_id (UUID): The group it imports into (a UUID).
        group_name (str):
        group_type (JobGroupType):
        input_file_name (str): The uploaded file's name.
        working_file_name (str): The platform's copy of the file.
        type_ (JobType): ADD, REMOVE or REPLACE, as uploaded.
        total_records_count (int): Lines in the file.
        success_records_count (int): Lines applied.
        failed_records_count (int): Lines rejected (getJobErrorsV3 lists them).
        job_status (JobJobStatus): CREATED or PROCESSING while it runs, then SUCCESSFUL, PARTIAL_SUCCESS, FAILED or
            CANCELLED.
        job_created_by (str): Who uploaded the file.
        created_date_time (datetime.datetime): When the job started (ISO 8601).
        last_updated_date_time (datetime.datetime): When the job last changed (ISO 8601).
        job_details (str): The platform's remarks on the run.
        links (list[Link1]):
    """

    job_id: UUID
    group_id: UUID
    group_name: str
    group_type: JobGroupType
    input_file_name: str
    working_file_name: str
    type_: JobType
    total_records_count: int
    success_records_count: int
    failed_records_count: int
    job_status: JobJobStatus
    job_created_by: str
    created_date_time: datetime.datetime
    last_updated_date_time: datetime.datetime
    job_details: str | None = None
    links: list[Link1] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["jobId"] = str(self.job_id)
        field_dict["groupId"] = str(self.group_id)
        field_dict["groupName"] = self.group_name
        field_dict["groupType"] = JobGroupType(self.group_type).value
        field_dict["inputFileName"] = self.input_file_name
        field_dict["workingFileName"] = self.working_file_name
        field_dict["type"] = JobType(self.type_).value
        field_dict["totalRecordsCount"] = self.total_records_count
        field_dict["successRecordsCount"] = self.success_records_count
        field_dict["failedRecordsCount"] = self.failed_records_count
        field_dict["jobStatus"] = JobJobStatus(self.job_status).value
        field_dict["jobCreatedBy"] = self.job_created_by
        field_dict["createdDateTime"] = self.created_date_time.isoformat()
        field_dict["lastUpdatedDateTime"] = self.last_updated_date_time.isoformat()
        if self.job_details is not None:
            field_dict["jobDetails"] = self.job_details
        if self.links is not None:
            field_dict["links"] = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                field_dict["links"].append(links_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.job_id = UUID(src_dict["jobId"])
        _self.group_id = UUID(src_dict["groupId"])
        _self.group_name = src_dict["groupName"]
        _self.group_type = enum_member(JobGroupType, src_dict["groupType"])
        _self.input_file_name = src_dict["inputFileName"]
        _self.working_file_name = src_dict["workingFileName"]
        _self.type_ = enum_member(JobType, src_dict["type"])
        _self.total_records_count = src_dict["totalRecordsCount"]
        _self.success_records_count = src_dict["successRecordsCount"]
        _self.failed_records_count = src_dict["failedRecordsCount"]
        _self.job_status = enum_member(JobJobStatus, src_dict["jobStatus"])
        _self.job_created_by = src_dict["jobCreatedBy"]
        _self.created_date_time = parse_datetime(src_dict["createdDateTime"])
        _self.last_updated_date_time = parse_datetime(src_dict["lastUpdatedDateTime"])
        _self.job_details = src_dict.get("jobDetails")
        _self.links = None if (v := src_dict.get("links")) is None else [Link1.from_dict(item) for item in v]
        extra = (
            {}
            if len(src_dict) == 14 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.link_1 import Link1
