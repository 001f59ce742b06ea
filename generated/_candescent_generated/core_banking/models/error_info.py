from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_info_error_type import ErrorInfoErrorType
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import enum_member, keys_only, xml_text


@_attrs_define
class ErrorInfo(_Model):
    """
    Attributes:
        error_type (ErrorInfoErrorType): USER_ERROR (the request), SYSTEM_ERROR or APP_ERROR (the platform).
        error_code (str): The numeric error code as text, e.g. 25002 (bad token) or 20009 (customer not found).
        error_message (str): What went wrong, in the platform's words.
    """

    error_type: ErrorInfoErrorType
    error_code: str
    error_message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["errorType"] = ErrorInfoErrorType(self.error_type).value
        field_dict["errorCode"] = self.error_code
        field_dict["errorMessage"] = self.error_message

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self = cls(
            error_type=enum_member(ErrorInfoErrorType, xml_text(d.pop("errorType"))),
            error_code=xml_text(d.pop("errorCode")),
            error_message=xml_text(d.pop("errorMessage")),
        )

        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
