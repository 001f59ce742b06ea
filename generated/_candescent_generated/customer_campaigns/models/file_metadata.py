from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.file_metadata_userlist_operation import FileMetadataUserlistOperation
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"userlistFileName", "userlistName", "userlistOperation", "userlistDescription"}
)


@_attrs_define
class FileMetadata(_Model):
    """A user list file's name and what to do with it.

    Attributes:
        userlist_file_name (str): FI<five-digit FI id>_<list name>_<yyyyMMddHHmmss>.csv.
        userlist_name (str): The list's name.
        userlist_operation (FileMetadataUserlistOperation): CREATE, REPLACE, ADD or REMOVE users, or CREATE_OR_REPLACE /
            CREATE_OR_ADD (create the list when it does not exist).
        userlist_description (str): What the list is for.
    """

    userlist_file_name: str
    userlist_name: str
    userlist_operation: FileMetadataUserlistOperation
    userlist_description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["userlistFileName"] = self.userlist_file_name
        field_dict["userlistName"] = self.userlist_name
        field_dict["userlistOperation"] = FileMetadataUserlistOperation(self.userlist_operation).value
        if self.userlist_description is not None:
            field_dict["userlistDescription"] = self.userlist_description

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.userlist_file_name = src_dict["userlistFileName"]
        _self.userlist_name = src_dict["userlistName"]
        _self.userlist_operation = enum_member(FileMetadataUserlistOperation, src_dict["userlistOperation"])
        _self.userlist_description = src_dict.get("userlistDescription")
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
