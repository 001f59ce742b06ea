from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"fileMetadata", "fileStatus", "fileErrorReport"})


@_attrs_define
class UserListFile(_Model):
    """A user list file and, per viewName, its status or its error report.

    Attributes:
        file_metadata (FileMetadata): A user list file's name and what to do with it.
        file_status (FileStatus): With viewName=fileStatus: processing status and counts.
        file_error_report (FileErrorReport): With viewName=fileErrorReport: where the error report is.
    """

    file_metadata: FileMetadata
    file_status: FileStatus | None = None
    file_error_report: FileErrorReport | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["fileMetadata"] = self.file_metadata.to_dict()
        if self.file_status is not None:
            field_dict["fileStatus"] = self.file_status.to_dict()
        if self.file_error_report is not None:
            field_dict["fileErrorReport"] = self.file_error_report.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.file_metadata = FileMetadata.from_dict(src_dict["fileMetadata"])
        _self.file_status = None if (v := src_dict.get("fileStatus")) is None else FileStatus.from_dict(v)
        _self.file_error_report = (
            None if (v := src_dict.get("fileErrorReport")) is None else FileErrorReport.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.file_error_report import FileErrorReport
from ..models.file_metadata import FileMetadata
from ..models.file_status import FileStatus
