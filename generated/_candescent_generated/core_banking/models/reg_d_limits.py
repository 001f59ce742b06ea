from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"maxTransferCount", "maxCheckCount", "maxRegDCount", "hostTransferCount", "hostCheckCount"}
)


@_attrs_define
class RegDLimits(_Model):
    """Regulation D limits on an account and this period's counts.

    Attributes:
        max_transfer_count (int): Transfers allowed per period.
        max_check_count (int): Checks allowed per period.
        max_reg_d_count (int): Limited withdrawals of every kind allowed per period.
        host_transfer_count (int): Transfers the host has counted so far this period.
        host_check_count (int): Checks the host has counted so far this period.
    """

    max_transfer_count: int | None = None
    max_check_count: int | None = None
    max_reg_d_count: int | None = None
    host_transfer_count: int | None = None
    host_check_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.max_transfer_count is not None:
            field_dict["maxTransferCount"] = self.max_transfer_count
        if self.max_check_count is not None:
            field_dict["maxCheckCount"] = self.max_check_count
        if self.max_reg_d_count is not None:
            field_dict["maxRegDCount"] = self.max_reg_d_count
        if self.host_transfer_count is not None:
            field_dict["hostTransferCount"] = self.host_transfer_count
        if self.host_check_count is not None:
            field_dict["hostCheckCount"] = self.host_check_count

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.max_transfer_count = src_dict.get("maxTransferCount")
        _self.max_check_count = src_dict.get("maxCheckCount")
        _self.max_reg_d_count = src_dict.get("maxRegDCount")
        _self.host_transfer_count = src_dict.get("hostTransferCount")
        _self.host_check_count = src_dict.get("hostCheckCount")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
