from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from .. import types
from ..models.upload_experience_group_participants_request_type import UploadExperienceGroupParticipantsRequestType
from ..types import (
    File,
    Model as _Model,
    as_json_safe as _as_json_safe,
    enum_member,
    keys_only,
)

_WIRE_NAMES: frozenset[str] = frozenset({"type", "fileName"})


@_attrs_define
class UploadExperienceGroupParticipantsRequest(_Model):
    """A CSV of participants to apply to the group.

    Attributes:
        type_ (UploadExperienceGroupParticipantsRequestType): ADD: add the listed users; REMOVE: take them out; REPLACE:
            the group becomes exactly the list.
        file_name (File): The CSV file itself (a header line, then one participant id per line).
    """

    type_: UploadExperienceGroupParticipantsRequestType
    file_name: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = UploadExperienceGroupParticipantsRequestType(self.type_).value
        field_dict["fileName"] = self.file_name.to_tuple()

        return _as_json_safe(field_dict) if json_safe else field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("type", (None, str(UploadExperienceGroupParticipantsRequestType(self.type_).value).encode(), "text/plain"))
        )

        files.append(("fileName", self.file_name.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.type_ = enum_member(UploadExperienceGroupParticipantsRequestType, src_dict["type"])
        _self.file_name = File(payload=BytesIO(src_dict["fileName"]))
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
