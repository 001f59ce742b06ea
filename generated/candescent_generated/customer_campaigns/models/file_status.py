from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="FileStatus")


@_attrs_define
class FileStatus(_Model):
    """
    Attributes:
        succeeded_user_count (int):  Default: 0.
        user_count (int):  Default: 0.
        failed_user_count (int):  Default: 0.
        job_id (str | Unset):
        job_status (str | Unset):
        job_status_message (str | Unset):
        report_available_until (datetime.datetime | Unset):
        is_report_available (str | Unset): 'true' or 'false' (a string on the wire).
        error_report_file_name (str | Unset):
        file_sent_date (str | Unset):
    """

    succeeded_user_count: int = 0
    user_count: int = 0
    failed_user_count: int = 0
    job_id: str | Unset = UNSET
    job_status: str | Unset = UNSET
    job_status_message: str | Unset = UNSET
    report_available_until: datetime.datetime | Unset = UNSET
    is_report_available: str | Unset = UNSET
    error_report_file_name: str | Unset = UNSET
    file_sent_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        succeeded_user_count = self.succeeded_user_count
        user_count = self.user_count
        failed_user_count = self.failed_user_count
        job_id = self.job_id
        job_status = self.job_status
        job_status_message = self.job_status_message
        report_available_until: str | Unset = UNSET
        if not isinstance(self.report_available_until, Unset):
            report_available_until = self.report_available_until.isoformat()
        is_report_available = self.is_report_available
        error_report_file_name = self.error_report_file_name
        file_sent_date = self.file_sent_date

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
        job_status = d.pop("jobStatus", UNSET)
        job_status_message = d.pop("jobStatusMessage", UNSET)
        _report_available_until = d.pop("reportAvailableUntil", UNSET)
        report_available_until: datetime.datetime | Unset
        if isinstance(_report_available_until, Unset):
            report_available_until = UNSET
        else:
            report_available_until = parse_datetime(_report_available_until)

        is_report_available = d.pop("isReportAvailable", UNSET)
        error_report_file_name = d.pop("errorReportFileName", UNSET)
        file_sent_date = d.pop("fileSentDate", UNSET)
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
