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
        d = dict(src_dict)
        _self = cls(
            group_id=UUID(d.pop("groupId")),
            group_name=d.pop("groupName"),
            group_type=enum_member(ExperienceGroupResponseGroupType, d.pop("groupType")),
            group_platform=enum_member(ExperienceGroupResponseGroupPlatform, d.pop("groupPlatform")),
            group_last_updated_date_time=parse_datetime(d.pop("groupLastUpdatedDateTime")),
            group_participant_count=d.pop("groupParticipantCount"),
            group_status=enum_member(ExperienceGroupResponseGroupStatus, d.pop("groupStatus")),
            group_description=d.pop("groupDescription", None),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
