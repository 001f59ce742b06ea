from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {"jobId", "listName", "fiId", "memberIdsCount", "validMemberIdsCount", "status", "startTimestamp"}
)


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
        _self = object.__new__(cls)
        _self.job_id = src_dict["jobId"]
        _self.list_name = src_dict["listName"]
        _self.fi_id = src_dict["fiId"]
        _self.member_ids_count = src_dict["memberIdsCount"]
        _self.valid_member_ids_count = src_dict["validMemberIdsCount"]
        _self.status = UserListJobStatusDetails.from_dict(src_dict["status"])
        _self.start_timestamp = parse_datetime(src_dict["startTimestamp"])
        extra = (
            {}
            if len(src_dict) == 7 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.user_list_job_status_details import UserListJobStatusDetails
