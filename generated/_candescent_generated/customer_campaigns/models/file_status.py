from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.file_status_job_status import FileStatusJobStatus
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "succeededUserCount",
        "userCount",
        "failedUserCount",
        "jobId",
        "jobStatus",
        "jobStatusMessage",
        "reportAvailableUntil",
        "isReportAvailable",
        "errorReportFileName",
        "fileSentDate",
    }
)


@_attrs_define
class FileStatus(_Model):
    """A user list file's processing status.

    Attributes:
        succeeded_user_count (int): Users added.
        user_count (int): Users in the file.
        failed_user_count (int): Users that could not be added.
        job_id (str): The processing job's id.
        job_status (FileStatusJobStatus): The job's state; SUCCESS/SUCCESSFUL and COMPLETED_WITH_FAILURE end it, as do
            the failures.
        job_status_message (str): The platform's words on the state.
        report_available_until (str): Until when the error report can be fetched, as yyyyMMddHHmmss (a plain string).
        is_report_available (str): 'true' or 'false': whether an error report exists (a string on the wire).
        error_report_file_name (str): The error report's file name.
        file_sent_date (datetime.datetime): When the file was received (ISO 8601).
    """

    succeeded_user_count: int
    user_count: int
    failed_user_count: int
    job_id: str | None = None
    job_status: FileStatusJobStatus | None = None
    job_status_message: str | None = None
    report_available_until: str | None = None
    is_report_available: str | None = None
    error_report_file_name: str | None = None
    file_sent_date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["succeededUserCount"] = self.succeeded_user_count
        field_dict["userCount"] = self.user_count
        field_dict["failedUserCount"] = self.failed_user_count
        if self.job_id is not None:
            field_dict["jobId"] = self.job_id
        if self.job_status is not None:
            field_dict["jobStatus"] = FileStatusJobStatus(self.job_status).value
        if self.job_status_message is not None:
            field_dict["jobStatusMessage"] = self.job_status_message
        if self.report_available_until is not None:
            field_dict["reportAvailableUntil"] = self.report_available_until
        if self.is_report_available is not None:
            field_dict["isReportAvailable"] = self.is_report_available
        if self.error_report_file_name is not None:
            field_dict["errorReportFileName"] = self.error_report_file_name
        if self.file_sent_date is not None:
            field_dict["fileSentDate"] = self.file_sent_date.isoformat()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.succeeded_user_count = src_dict["succeededUserCount"]
        _self.user_count = src_dict["userCount"]
        _self.failed_user_count = src_dict["failedUserCount"]
        _self.job_id = src_dict.get("jobId")
        _self.job_status = None if (v := src_dict.get("jobStatus")) is None else enum_member(FileStatusJobStatus, v)
        _self.job_status_message = src_dict.get("jobStatusMessage")
        _self.report_available_until = src_dict.get("reportAvailableUntil")
        _self.is_report_available = src_dict.get("isReportAvailable")
        _self.error_report_file_name = src_dict.get("errorReportFileName")
        _self.file_sent_date = None if (v := src_dict.get("fileSentDate")) is None else parse_datetime(v)
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
