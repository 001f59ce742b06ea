from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    keys_only,
    refuse_float,
    to_decimal,
)


@_attrs_define
class FeatureLimits(_Model):
    """A feature's amount limits (decimal amounts).

    Attributes:
        per_transaction_limits (Decimal): Largest amount of one transaction.
        daily_limits (Decimal): Largest total per day.
        daily_overall_ach_limits (Decimal): Largest total of all ACH payments and collections per day.
        daily_overall_wires_limits (Decimal): Largest total of all wires per day.
        monthly_limits (Decimal): Largest total per month.
        per_transaction_approval_threshold_limits (Decimal): Above this amount a transaction needs an approver.
    """

    per_transaction_limits: Decimal = _attrs_field(validator=refuse_float)
    daily_limits: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    daily_overall_ach_limits: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    daily_overall_wires_limits: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    monthly_limits: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    per_transaction_approval_threshold_limits: Decimal | None = _attrs_field(validator=refuse_float, default=None)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["perTransactionLimits"] = self.per_transaction_limits
        if self.daily_limits is not None:
            field_dict["dailyLimits"] = self.daily_limits
        if self.daily_overall_ach_limits is not None:
            field_dict["dailyOverallAchLimits"] = self.daily_overall_ach_limits
        if self.daily_overall_wires_limits is not None:
            field_dict["dailyOverallWiresLimits"] = self.daily_overall_wires_limits
        if self.monthly_limits is not None:
            field_dict["monthlyLimits"] = self.monthly_limits
        if self.per_transaction_approval_threshold_limits is not None:
            field_dict["perTransactionApprovalThresholdLimits"] = self.per_transaction_approval_threshold_limits

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self, _set = object.__new__(cls), object.__setattr__
        _set(_self, "per_transaction_limits", to_decimal(d.pop("perTransactionLimits")))
        _set(_self, "daily_limits", None if (v := d.pop("dailyLimits", None)) is None else to_decimal(v))
        _set(
            _self,
            "daily_overall_ach_limits",
            None if (v := d.pop("dailyOverallAchLimits", None)) is None else to_decimal(v),
        )
        _set(
            _self,
            "daily_overall_wires_limits",
            None if (v := d.pop("dailyOverallWiresLimits", None)) is None else to_decimal(v),
        )
        _set(_self, "monthly_limits", None if (v := d.pop("monthlyLimits", None)) is None else to_decimal(v))
        _set(
            _self,
            "per_transaction_approval_threshold_limits",
            None if (v := d.pop("perTransactionApprovalThresholdLimits", None)) is None else to_decimal(v),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
