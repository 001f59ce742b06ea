from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define, field as _attrs_field

from ..models.groups_with_participants_count_group_type import GroupsWithParticipantsCountGroupType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only


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
        d = dict(src_dict)
        _self = cls(
            group_id=UUID(d.pop("groupId")),
            group_name=d.pop("groupName"),
            group_type=enum_member(GroupsWithParticipantsCountGroupType, d.pop("groupType")),
            no_of_participants=d.pop("noOfParticipants"),
            links=[Link.from_dict(item) for item in d.pop("links")],
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.link import Link
