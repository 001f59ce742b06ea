from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="RegDLimits")


@_attrs_define
class RegDLimits(_Model):
    """Regulation D limits on an account and this period's counts.

    Attributes:
        max_transfer_count (int | Unset): Transfers allowed per period.
        max_check_count (int | Unset): Checks allowed per period.
        max_reg_d_count (int | Unset): Limited withdrawals of every kind allowed per period.
        host_transfer_count (int | Unset): Transfers the host has counted so far this period.
        host_check_count (int | Unset): Checks the host has counted so far this period.
    """

    max_transfer_count: int | Unset = UNSET
    max_check_count: int | Unset = UNSET
    max_reg_d_count: int | Unset = UNSET
    host_transfer_count: int | Unset = UNSET
    host_check_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        max_transfer_count = self.max_transfer_count
        max_check_count = self.max_check_count
        max_reg_d_count = self.max_reg_d_count
        host_transfer_count = self.host_transfer_count
        host_check_count = self.host_check_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_transfer_count is not UNSET:
            field_dict["maxTransferCount"] = max_transfer_count
        if max_check_count is not UNSET:
            field_dict["maxCheckCount"] = max_check_count
        if max_reg_d_count is not UNSET:
            field_dict["maxRegDCount"] = max_reg_d_count
        if host_transfer_count is not UNSET:
            field_dict["hostTransferCount"] = host_transfer_count
        if host_check_count is not UNSET:
            field_dict["hostCheckCount"] = host_check_count

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_transfer_count = d.pop("maxTransferCount", UNSET)
        max_check_count = d.pop("maxCheckCount", UNSET)
        max_reg_d_count = d.pop("maxRegDCount", UNSET)
        host_transfer_count = d.pop("hostTransferCount", UNSET)
        host_check_count = d.pop("hostCheckCount", UNSET)
        reg_d_limits = cls(
            max_transfer_count=max_transfer_count,
            max_check_count=max_check_count,
            max_reg_d_count=max_reg_d_count,
            host_transfer_count=host_transfer_count,
            host_check_count=host_check_count,
        )

        reg_d_limits.additional_properties = d
        return reg_d_limits
