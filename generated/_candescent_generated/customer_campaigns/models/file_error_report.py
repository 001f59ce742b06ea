from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="FileErrorReport")


@_attrs_define
class FileErrorReport(_Model):
    """Where a user list file's error report is.

    Attributes:
        report_available_until (str | Unset): Until when the report can be fetched, as yyyyMMddHHmmss (a plain string).
        is_report_available (str | Unset): 'true' or 'false': whether a report exists (a string on the wire).
        error_report_file_name (str | Unset): The report's file name.
        message (str | Unset): The platform's words on the report.
    """

    report_available_until: str | Unset = UNSET
    is_report_available: str | Unset = UNSET
    error_report_file_name: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        report_available_until = self.report_available_until
        is_report_available = self.is_report_available
        error_report_file_name = self.error_report_file_name
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_available_until is not UNSET:
            field_dict["reportAvailableUntil"] = report_available_until
        if is_report_available is not UNSET:
            field_dict["isReportAvailable"] = is_report_available
        if error_report_file_name is not UNSET:
            field_dict["errorReportFileName"] = error_report_file_name
        if message is not UNSET:
            field_dict["message"] = message

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        report_available_until = d.pop("reportAvailableUntil", UNSET)
        is_report_available = d.pop("isReportAvailable", UNSET)
        error_report_file_name = d.pop("errorReportFileName", UNSET)
        message = d.pop("message", UNSET)
        file_error_report = cls(
            report_available_until=report_available_until,
            is_report_available=is_report_available,
            error_report_file_name=error_report_file_name,
            message=message,
        )

        file_error_report.additional_properties = d
        return file_error_report
