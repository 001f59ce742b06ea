from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experience_group_request_group_platform import ExperienceGroupRequestGroupPlatform
from ..models.experience_group_request_group_type import ExperienceGroupRequestGroupType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="ExperienceGroupRequest")


@_attrs_define
class ExperienceGroupRequest(_Model):
    """A group's name and description (the type and platform have one value each).

    Attributes:
        group_name (str): The group's name, up to 50 characters.
        group_description (str | Unset): What the group is for, up to 450 characters.
        group_type (ExperienceGroupRequestGroupType | Unset): Always EXPERIENCE_GROUP.
        group_platform (ExperienceGroupRequestGroupPlatform | Unset): Always RETAIL_BANKING.
    """

    group_name: str
    group_description: str | Unset = UNSET
    group_type: ExperienceGroupRequestGroupType | Unset = UNSET
    group_platform: ExperienceGroupRequestGroupPlatform | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        group_name = self.group_name
        group_description = self.group_description
        group_type: str | Unset = UNSET
        if not isinstance(self.group_type, Unset):
            group_type = ExperienceGroupRequestGroupType(self.group_type).value

        group_platform: str | Unset = UNSET
        if not isinstance(self.group_platform, Unset):
            group_platform = ExperienceGroupRequestGroupPlatform(self.group_platform).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupName": group_name,
            }
        )
        if group_description is not UNSET:
            field_dict["groupDescription"] = group_description
        if group_type is not UNSET:
            field_dict["groupType"] = group_type
        if group_platform is not UNSET:
            field_dict["groupPlatform"] = group_platform

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group_name = d.pop("groupName")
        group_description = d.pop("groupDescription", UNSET)
        _group_type = d.pop("groupType", UNSET)
        group_type: ExperienceGroupRequestGroupType | Unset
        if isinstance(_group_type, Unset):
            group_type = UNSET
        else:
            group_type = ExperienceGroupRequestGroupType(_group_type)

        _group_platform = d.pop("groupPlatform", UNSET)
        group_platform: ExperienceGroupRequestGroupPlatform | Unset
        if isinstance(_group_platform, Unset):
            group_platform = UNSET
        else:
            group_platform = ExperienceGroupRequestGroupPlatform(_group_platform)

        experience_group_request = cls(
            group_name=group_name,
            group_description=group_description,
            group_type=group_type,
            group_platform=group_platform,
        )

        experience_group_request.additional_properties = d
        return experience_group_request
