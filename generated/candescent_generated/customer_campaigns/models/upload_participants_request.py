from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.upload_participants_request_type import UploadParticipantsRequestType
from ..types import File, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="UploadParticipantsRequest")


@_attrs_define
class UploadParticipantsRequest(_Model):
    """
    Attributes:
        type_ (UploadParticipantsRequestType):
        file_name (File): A CSV (text/csv or application/vnd.ms-excel) with a ParticipantId header; ids up to 32
            characters.
    """

    type_: UploadParticipantsRequestType
    file_name: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        type_ = UploadParticipantsRequestType(self.type_).value
        file_name = self.file_name.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "fileName": file_name,
            }
        )

        return _as_json_safe(field_dict) if json_safe else field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("type", (None, str(UploadParticipantsRequestType(self.type_).value).encode(), "text/plain")))

        files.append(("fileName", self.file_name.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = UploadParticipantsRequestType(d.pop("type"))

        file_name = File(payload=BytesIO(d.pop("fileName")))

        upload_participants_request = cls(
            type_=type_,
            file_name=file_name,
        )

        upload_participants_request.additional_properties = d
        return upload_participants_request
