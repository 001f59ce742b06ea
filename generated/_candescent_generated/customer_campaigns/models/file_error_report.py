from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"reportAvailableUntil", "isReportAvailable", "errorReportFileName", "message"})


@_attrs_define
class FileErrorReport(_Model):
    """Where a user list file's error report is.

    Attributes:
        report_available_until (str): Until when the report can be fetched, as yyyyMMddHHmmss (a plain string).
        is_report_available (str): 'true' or 'false': whether a report exists (a string on the wire).
        error_report_file_name (str): The report's file name.
        message (str): The platform's words on the report.
    """

    report_available_until: str | None = None
    is_report_available: str | None = None
    error_report_file_name: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.report_available_until is not None:
            field_dict["reportAvailableUntil"] = self.report_available_until
        if self.is_report_available is not None:
            field_dict["isReportAvailable"] = self.is_report_available
        if self.error_report_file_name is not None:
            field_dict["errorReportFileName"] = self.error_report_file_name
        if self.message is not None:
            field_dict["message"] = self.message

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.report_available_until = src_dict.get("reportAvailableUntil")
        _self.is_report_available = src_dict.get("isReportAvailable")
        _self.error_report_file_name = src_dict.get("errorReportFileName")
        _self.message = src_dict.get("message")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
