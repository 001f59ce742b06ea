from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text

T = TypeVar("T", bound="Status")


@_attrs_define
class Status(_Model):
    """Legacy V1 error body (XML root <Status>).

    Attributes:
        error_info (list[ErrorInfo]): One entry per error (repeated <errorInfo> elements).
        status_message (str): Optional summary of the failure.
    """

    error_info: list[ErrorInfo]
    status_message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        error_info = []
        for error_info_item_data in self.error_info:
            error_info_item = error_info_item_data.to_dict()
            error_info.append(error_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorInfo": error_info,
            }
        )
        if self.status_message is not None:
            field_dict["statusMessage"] = self.status_message

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_info = []
        _error_info = d.pop("errorInfo")
        for error_info_item_data in _error_info:
            error_info_item = ErrorInfo.from_dict(error_info_item_data)

            error_info.append(error_info_item)

        status_message = xml_text(d.pop("statusMessage", None))
        status = cls(
            error_info=error_info,
            status_message=status_message,
        )

        object.__setattr__(status, "additional_properties", d)  # no on-setattr hooks
        return status


from ..models.error_info import ErrorInfo
