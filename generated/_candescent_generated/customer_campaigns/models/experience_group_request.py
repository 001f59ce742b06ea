from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.experience_group_request_group_platform import ExperienceGroupRequestGroupPlatform
from ..models.experience_group_request_group_type import ExperienceGroupRequestGroupType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"groupName", "groupDescription", "groupType", "groupPlatform"})


@_attrs_define
class ExperienceGroupRequest(_Model):
    """A group's name and description (the type and platform have one value each).

    Attributes:
        group_name (str): The group's name, up to 50 characters.
        group_description (str): What the group is for, up to 450 characters.
        group_type (ExperienceGroupRequestGroupType): Always EXPERIENCE_GROUP.
        group_platform (ExperienceGroupRequestGroupPlatform): Always RETAIL_BANKING.
    """

    group_name: str
    group_description: str | None = None
    group_type: ExperienceGroupRequestGroupType | None = None
    group_platform: ExperienceGroupRequestGroupPlatform | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["groupName"] = self.group_name
        if self.group_description is not None:
            field_dict["groupDescription"] = self.group_description
        if self.group_type is not None:
            field_dict["groupType"] = ExperienceGroupRequestGroupType(self.group_type).value
        if self.group_platform is not None:
            field_dict["groupPlatform"] = ExperienceGroupRequestGroupPlatform(self.group_platform).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.group_name = src_dict["groupName"]
        _self.group_description = src_dict.get("groupDescription")
        _self.group_type = (
            None if (v := src_dict.get("groupType")) is None else enum_member(ExperienceGroupRequestGroupType, v)
        )
        _self.group_platform = (
            None
            if (v := src_dict.get("groupPlatform")) is None
            else enum_member(ExperienceGroupRequestGroupPlatform, v)
        )
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
