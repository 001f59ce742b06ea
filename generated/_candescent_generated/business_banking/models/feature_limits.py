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

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "perTransactionLimits",
        "dailyLimits",
        "dailyOverallAchLimits",
        "dailyOverallWiresLimits",
        "monthlyLimits",
        "perTransactionApprovalThresholdLimits",
    }
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
        _self = object.__new__(cls)
        _set_per_transaction_limits(_self, to_decimal(src_dict["perTransactionLimits"]))
        _set_daily_limits(_self, None if (v := src_dict.get("dailyLimits")) is None else to_decimal(v))
        _set_daily_overall_ach_limits(
            _self, None if (v := src_dict.get("dailyOverallAchLimits")) is None else to_decimal(v)
        )
        _set_daily_overall_wires_limits(
            _self, None if (v := src_dict.get("dailyOverallWiresLimits")) is None else to_decimal(v)
        )
        _set_monthly_limits(_self, None if (v := src_dict.get("monthlyLimits")) is None else to_decimal(v))
        _set_per_transaction_approval_threshold_limits(
            _self, None if (v := src_dict.get("perTransactionApprovalThresholdLimits")) is None else to_decimal(v)
        )
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _set_additional_properties(_self, extra)
        return _self


_set_per_transaction_limits = FeatureLimits.__dict__["per_transaction_limits"].__set__
_set_daily_limits = FeatureLimits.__dict__["daily_limits"].__set__
_set_daily_overall_ach_limits = FeatureLimits.__dict__["daily_overall_ach_limits"].__set__
_set_daily_overall_wires_limits = FeatureLimits.__dict__["daily_overall_wires_limits"].__set__
_set_monthly_limits = FeatureLimits.__dict__["monthly_limits"].__set__
_set_per_transaction_approval_threshold_limits = FeatureLimits.__dict__[
    "per_transaction_approval_threshold_limits"
].__set__
_set_additional_properties = FeatureLimits.__dict__["additional_properties"].__set__
