from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["errorInfo"] = []
        for error_info_item_data in self.error_info:
            error_info_item = error_info_item_data.to_dict()
            field_dict["errorInfo"].append(error_info_item)

        if self.status_message is not None:
            field_dict["statusMessage"] = self.status_message

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self = cls(
            error_info=[ErrorInfo.from_dict(item) for item in d.pop("errorInfo")],
            status_message=xml_text(d.pop("statusMessage", None)),
        )

        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.error_info import ErrorInfo
