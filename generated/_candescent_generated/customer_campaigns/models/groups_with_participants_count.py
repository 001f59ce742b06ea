from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define, field as _attrs_field

from ..models.groups_with_participants_count_group_type import GroupsWithParticipantsCountGroupType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"groupId", "groupName", "groupType", "noOfParticipants", "links"})


@_attrs_define
class GroupsWithParticipantsCount(_Model):
    """An experience group in a list.

    Attributes:
        group_id (UUID): The group's id (a UUID).
        group_name (str):
        group_type (GroupsWithParticipantsCountGroupType):
        no_of_participants (int): How many users are in the group.
        links (list[Link]): Links to the group itself.
    """

    group_id: UUID
    group_name: str
    group_type: GroupsWithParticipantsCountGroupType
    no_of_participants: int
    links: list[Link]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["groupId"] = str(self.group_id)
        field_dict["groupName"] = self.group_name
        field_dict["groupType"] = GroupsWithParticipantsCountGroupType(self.group_type).value
        field_dict["noOfParticipants"] = self.no_of_participants
        field_dict["links"] = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            field_dict["links"].append(links_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.group_id = UUID(src_dict["groupId"])
        _self.group_name = src_dict["groupName"]
        _self.group_type = enum_member(GroupsWithParticipantsCountGroupType, src_dict["groupType"])
        _self.no_of_participants = src_dict["noOfParticipants"]
        _self.links = [Link.from_dict(item) for item in src_dict["links"]]
        extra = (
            {}
            if len(src_dict) == 5 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.link import Link
