from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_status_job_status import FileStatusJobStatus
from ..types import UNSET, Unset, keys_only, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="FileStatus")


@_attrs_define
class FileStatus(_Model):
    """A user list file's processing status.

    Attributes:
        succeeded_user_count (int): Users added.
        user_count (int): Users in the file.
        failed_user_count (int): Users that could not be added.
        job_id (str | Unset): The processing job's id.
        job_status (FileStatusJobStatus | Unset): The job's state; SUCCESS/SUCCESSFUL and COMPLETED_WITH_FAILURE end it,
            as do the failures.
        job_status_message (str | Unset): The platform's words on the state.
        report_available_until (str | Unset): Until when the error report can be fetched, as yyyyMMddHHmmss (a plain
            string).
        is_report_available (str | Unset): 'true' or 'false': whether an error report exists (a string on the wire).
        error_report_file_name (str | Unset): The error report's file name.
        file_sent_date (datetime.datetime | Unset): When the file was received (ISO 8601).
    """

    succeeded_user_count: int
    user_count: int
    failed_user_count: int
    job_id: str | Unset = UNSET
    job_status: FileStatusJobStatus | Unset = UNSET
    job_status_message: str | Unset = UNSET
    report_available_until: str | Unset = UNSET
    is_report_available: str | Unset = UNSET
    error_report_file_name: str | Unset = UNSET
    file_sent_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        succeeded_user_count = self.succeeded_user_count
        user_count = self.user_count
        failed_user_count = self.failed_user_count
        job_id = self.job_id
        job_status: str | Unset = UNSET
        if not isinstance(self.job_status, Unset):
            job_status = FileStatusJobStatus(self.job_status).value

        job_status_message = self.job_status_message
        report_available_until = self.report_available_until
        is_report_available = self.is_report_available
        error_report_file_name = self.error_report_file_name
        file_sent_date: str | Unset = UNSET
        if not isinstance(self.file_sent_date, Unset):
            file_sent_date = self.file_sent_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "succeededUserCount": succeeded_user_count,
                "userCount": user_count,
                "failedUserCount": failed_user_count,
            }
        )
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_status is not UNSET:
            field_dict["jobStatus"] = job_status
        if job_status_message is not UNSET:
            field_dict["jobStatusMessage"] = job_status_message
        if report_available_until is not UNSET:
            field_dict["reportAvailableUntil"] = report_available_until
        if is_report_available is not UNSET:
            field_dict["isReportAvailable"] = is_report_available
        if error_report_file_name is not UNSET:
            field_dict["errorReportFileName"] = error_report_file_name
        if file_sent_date is not UNSET:
            field_dict["fileSentDate"] = file_sent_date

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        succeeded_user_count = d.pop("succeededUserCount")
        user_count = d.pop("userCount")
        failed_user_count = d.pop("failedUserCount")
        job_id = d.pop("jobId", UNSET)
        _job_status = d.pop("jobStatus", UNSET)
        job_status: FileStatusJobStatus | Unset
        if isinstance(_job_status, Unset):
            job_status = UNSET
        else:
            job_status = FileStatusJobStatus(_job_status)

        job_status_message = d.pop("jobStatusMessage", UNSET)
        report_available_until = d.pop("reportAvailableUntil", UNSET)
        is_report_available = d.pop("isReportAvailable", UNSET)
        error_report_file_name = d.pop("errorReportFileName", UNSET)
        _file_sent_date = d.pop("fileSentDate", UNSET)
        file_sent_date: datetime.datetime | Unset
        if isinstance(_file_sent_date, Unset):
            file_sent_date = UNSET
        else:
            file_sent_date = parse_datetime(_file_sent_date)

        file_status = cls(
            succeeded_user_count=succeeded_user_count,
            user_count=user_count,
            failed_user_count=failed_user_count,
            job_id=job_id,
            job_status=job_status,
            job_status_message=job_status_message,
            report_available_until=report_available_until,
            is_report_available=is_report_available,
            error_report_file_name=error_report_file_name,
            file_sent_date=file_sent_date,
        )

        file_status.additional_properties = d
        return file_status
