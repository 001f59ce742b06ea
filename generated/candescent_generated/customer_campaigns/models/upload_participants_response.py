from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="UploadParticipantsResponse")


@_attrs_define
class UploadParticipantsResponse(_Model):
    """
    Attributes:
        code (str | Unset):
        message (str | Unset):
        job_id (UUID | Unset):
        job_status (JobStatus | Unset):
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    job_id: UUID | Unset = UNSET
    job_status: JobStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        code = self.code
        message = self.message
        job_id: str | Unset = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = str(self.job_id)
        job_status: str | Unset = UNSET
        if not isinstance(self.job_status, Unset):
            job_status = JobStatus(self.job_status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_status is not UNSET:
            field_dict["jobStatus"] = job_status

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        message = d.pop("message", UNSET)
        _job_id = d.pop("jobId", UNSET)
        job_id: UUID | Unset
        if isinstance(_job_id, Unset):
            job_id = UNSET
        else:
            job_id = UUID(_job_id)

        _job_status = d.pop("jobStatus", UNSET)
        job_status: JobStatus | Unset
        if isinstance(_job_status, Unset):
            job_status = UNSET
        else:
            job_status = JobStatus(_job_status)

        upload_participants_response = cls(
            code=code,
            message=message,
            job_id=job_id,
            job_status=job_status,
        )

        upload_participants_response.additional_properties = d
        return upload_participants_response
