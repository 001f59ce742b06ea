from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, parse_datetime

T = TypeVar("T", bound="UserListJobStatus")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        job_id = self.job_id
        list_name = self.list_name
        fi_id = self.fi_id
        member_ids_count = self.member_ids_count
        valid_member_ids_count = self.valid_member_ids_count
        status = self.status.to_dict()
        start_timestamp = self.start_timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "listName": list_name,
                "fiId": fi_id,
                "memberIdsCount": member_ids_count,
                "validMemberIdsCount": valid_member_ids_count,
                "status": status,
                "startTimestamp": start_timestamp,
            }
        )

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = d.pop("jobId")
        list_name = d.pop("listName")
        fi_id = d.pop("fiId")
        member_ids_count = d.pop("memberIdsCount")
        valid_member_ids_count = d.pop("validMemberIdsCount")
        status = UserListJobStatusDetails.from_dict(d.pop("status"))

        start_timestamp = parse_datetime(d.pop("startTimestamp"))

        user_list_job_status = cls(
            job_id=job_id,
            list_name=list_name,
            fi_id=fi_id,
            member_ids_count=member_ids_count,
            valid_member_ids_count=valid_member_ids_count,
            status=status,
            start_timestamp=start_timestamp,
        )

        object.__setattr__(user_list_job_status, "additional_properties", d)  # no on-setattr hooks
        return user_list_job_status


from ..models.user_list_job_status_details import UserListJobStatusDetails
