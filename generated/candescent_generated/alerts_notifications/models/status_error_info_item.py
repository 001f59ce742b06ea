from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_error_info_item_error_type import StatusErrorInfoItemErrorType
from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="StatusErrorInfoItem")


@_attrs_define
class StatusErrorInfoItem(_Model):
    """
    Attributes:
        error_type (StatusErrorInfoItemErrorType | Unset):
        error_code (str | Unset):
        error_message (str | Unset):
    """

    error_type: StatusErrorInfoItemErrorType | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        error_type: str | Unset = UNSET
        if not isinstance(self.error_type, Unset):
            error_type = StatusErrorInfoItemErrorType(self.error_type).value

        error_code = self.error_code
        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_type is not UNSET:
            field_dict["errorType"] = error_type
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _error_type = xml_text(d.pop("errorType", UNSET))
        error_type: StatusErrorInfoItemErrorType | Unset
        if isinstance(_error_type, Unset):
            error_type = UNSET
        else:
            error_type = StatusErrorInfoItemErrorType(_error_type)

        error_code = xml_text(d.pop("errorCode", UNSET))
        error_message = xml_text(d.pop("errorMessage", UNSET))
        status_error_info_item = cls(
            error_type=error_type,
            error_code=error_code,
            error_message=error_message,
        )

        status_error_info_item.additional_properties = d
        return status_error_info_item
