from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define, field as _attrs_field

from ..models.experience_group_response_group_platform import ExperienceGroupResponseGroupPlatform
from ..models.experience_group_response_group_status import ExperienceGroupResponseGroupStatus
from ..models.experience_group_response_group_type import ExperienceGroupResponseGroupType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "groupId",
        "groupName",
        "groupType",
        "groupPlatform",
        "groupLastUpdatedDateTime",
        "groupParticipantCount",
        "groupStatus",
        "groupDescription",
    }
)


@_attrs_define
class ExperienceGroupResponse(_Model):
    """An experience group.

    Attributes:
        group_id (UUID): The group's id (a UUID).
        group_name (str):
        group_type (ExperienceGroupResponseGroupType):
        group_platform (ExperienceGroupResponseGroupPlatform):
        group_last_updated_date_time (datetime.datetime): When the group last changed (ISO 8601).
        group_participant_count (int): How many users are in the group.
        group_status (ExperienceGroupResponseGroupStatus): ACTIVE, or DELETED once deleted.
        group_description (str):
    """

    group_id: UUID
    group_name: str
    group_type: ExperienceGroupResponseGroupType
    group_platform: ExperienceGroupResponseGroupPlatform
    group_last_updated_date_time: datetime.datetime
    group_participant_count: int
    group_status: ExperienceGroupResponseGroupStatus
    group_description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["groupId"] = str(self.group_id)
        field_dict["groupName"] = self.group_name
        field_dict["groupType"] = ExperienceGroupResponseGroupType(self.group_type).value
        field_dict["groupPlatform"] = ExperienceGroupResponseGroupPlatform(self.group_platform).value
        field_dict["groupLastUpdatedDateTime"] = self.group_last_updated_date_time.isoformat()
        field_dict["groupParticipantCount"] = self.group_participant_count
        field_dict["groupStatus"] = ExperienceGroupResponseGroupStatus(self.group_status).value
        if self.group_description is not None:
            field_dict["groupDescription"] = self.group_description

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.group_id = UUID(src_dict["groupId"])
        _self.group_name = src_dict["groupName"]
        _self.group_type = enum_member(ExperienceGroupResponseGroupType, src_dict["groupType"])
        _self.group_platform = enum_member(ExperienceGroupResponseGroupPlatform, src_dict["groupPlatform"])
        _self.group_last_updated_date_time = parse_datetime(src_dict["groupLastUpdatedDateTime"])
        _self.group_participant_count = src_dict["groupParticipantCount"]
        _self.group_status = enum_member(ExperienceGroupResponseGroupStatus, src_dict["groupStatus"])
        _self.group_description = src_dict.get("groupDescription")
        extra = (
            {}
            if len(src_dict) == 7 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
