from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, parse_datetime


@_attrs_define
class UserListJobStatus(_Model):
    """A promotions user-list job's progress.

    Attributes:
        job_id (str):
        list_name (str): The list's name.
        fi_id (str): The institution's id.
        member_ids_count (int): Member ids sent.
        valid_member_ids_count (int): Member ids the institution knows.
        status (UserListJobStatusDetails): Where the job is.
        start_timestamp (datetime.datetime): When the job started (ISO 8601).
    """

    job_id: str
    list_name: str
    fi_id: str
    member_ids_count: int
    valid_member_ids_count: int
    status: UserListJobStatusDetails
    start_timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["jobId"] = self.job_id
        field_dict["listName"] = self.list_name
        field_dict["fiId"] = self.fi_id
        field_dict["memberIdsCount"] = self.member_ids_count
        field_dict["validMemberIdsCount"] = self.valid_member_ids_count
        field_dict["status"] = self.status.to_dict()
        field_dict["startTimestamp"] = self.start_timestamp.isoformat()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self = cls(
            job_id=d.pop("jobId"),
            list_name=d.pop("listName"),
            fi_id=d.pop("fiId"),
            member_ids_count=d.pop("memberIdsCount"),
            valid_member_ids_count=d.pop("validMemberIdsCount"),
            status=UserListJobStatusDetails.from_dict(d.pop("status")),
            start_timestamp=parse_datetime(d.pop("startTimestamp")),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.user_list_job_status_details import UserListJobStatusDetails
