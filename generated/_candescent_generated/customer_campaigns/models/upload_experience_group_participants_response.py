from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define, field as _attrs_field

from ..models.upload_experience_group_participants_response_job_status import (
    UploadExperienceGroupParticipantsResponseJobStatus,
)
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"code", "message", "jobId", "jobStatus"})


@_attrs_define
class UploadExperienceGroupParticipantsResponse(_Model):
    """The import job the upload started.

    Attributes:
        code (str): The platform's result code.
        message (str): The platform's result message.
        job_id (UUID): The job's id (a UUID): poll getJobV3 with it.
        job_status (UploadExperienceGroupParticipantsResponseJobStatus): CREATED or PROCESSING while it runs, then
            SUCCESSFUL, PARTIAL_SUCCESS or FAILED.
    """

    code: str
    message: str
    job_id: UUID
    job_status: UploadExperienceGroupParticipantsResponseJobStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        field_dict["jobId"] = str(self.job_id)
        field_dict["jobStatus"] = UploadExperienceGroupParticipantsResponseJobStatus(self.job_status).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.code = src_dict["code"]
        _self.message = src_dict["message"]
        _self.job_id = UUID(src_dict["jobId"])
        _self.job_status = enum_member(UploadExperienceGroupParticipantsResponseJobStatus, src_dict["jobStatus"])
        extra = (
            {}
            if len(src_dict) == 4 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
