from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="Error")


@_attrs_define
class Error(_Model):
    """The customer (UXU) services' error body.

    Attributes:
        status (int | Unset): The HTTP status, repeated.
        message (str | Unset):
        code (str | Unset): The UXU_ error code, e.g. UXU_88888 (no entitled customers).
    """

    status: int | Unset = UNSET
    message: str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        status = self.status
        message = self.message
        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        message = d.pop("message", UNSET)
        code = d.pop("code", UNSET)
        error = cls(
            status=status,
            message=message,
            code=code,
        )

        error.additional_properties = d
        return error
