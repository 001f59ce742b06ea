from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="CreateUserListMetadataRequestUserListsItem")


@_attrs_define
class CreateUserListMetadataRequestUserListsItem(_Model):
    """
    Attributes:
        file_metadata (FileMetadata): A user list file's name and what to do with it.
    """

    file_metadata: FileMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        file_metadata = self.file_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileMetadata": file_metadata,
            }
        )

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_metadata = FileMetadata.from_dict(d.pop("fileMetadata"))

        create_user_list_metadata_request_user_lists_item = cls(
            file_metadata=file_metadata,
        )

        object.__setattr__(
            create_user_list_metadata_request_user_lists_item, "additional_properties", d
        )  # no on-setattr hooks
        return create_user_list_metadata_request_user_lists_item


from ..models.file_metadata import FileMetadata
