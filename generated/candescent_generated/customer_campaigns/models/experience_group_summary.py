from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="ExperienceGroupSummary")


@_attrs_define
class ExperienceGroupSummary(_Model):
    """
    Attributes:
        group_id (UUID | Unset):
        group_name (str | Unset):
        group_type (str | Unset):
        no_of_participants (int | Unset):
        links (list[Link] | Unset):
    """

    group_id: UUID | Unset = UNSET
    group_name: str | Unset = UNSET
    group_type: str | Unset = UNSET
    no_of_participants: int | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        group_id: str | Unset = UNSET
        if not isinstance(self.group_id, Unset):
            group_id = str(self.group_id)
        group_name = self.group_name
        group_type = self.group_type
        no_of_participants = self.no_of_participants
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if group_type is not UNSET:
            field_dict["groupType"] = group_type
        if no_of_participants is not UNSET:
            field_dict["noOfParticipants"] = no_of_participants
        if links is not UNSET:
            field_dict["links"] = links

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.link import Link

        d = dict(src_dict)
        _group_id = d.pop("groupId", UNSET)
        group_id: UUID | Unset
        if isinstance(_group_id, Unset):
            group_id = UNSET
        else:
            group_id = UUID(_group_id)

        group_name = d.pop("groupName", UNSET)
        group_type = d.pop("groupType", UNSET)
        no_of_participants = d.pop("noOfParticipants", UNSET)
        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        experience_group_summary = cls(
            group_id=group_id,
            group_name=group_name,
            group_type=group_type,
            no_of_participants=no_of_participants,
            links=links,
        )

        experience_group_summary.additional_properties = d
        return experience_group_summary
