from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, refuse_float, to_decimal

T = TypeVar("T", bound="FeatureLimits")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        per_transaction_limits = self.per_transaction_limits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "perTransactionLimits": per_transaction_limits,
            }
        )
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
        per_transaction_limits = to_decimal(d.pop("perTransactionLimits"))

        _daily_limits = d.pop("dailyLimits", None)
        daily_limits = None if _daily_limits is None else to_decimal(_daily_limits)
        _daily_overall_ach_limits = d.pop("dailyOverallAchLimits", None)
        daily_overall_ach_limits = None if _daily_overall_ach_limits is None else to_decimal(_daily_overall_ach_limits)
        _daily_overall_wires_limits = d.pop("dailyOverallWiresLimits", None)
        daily_overall_wires_limits = (
            None if _daily_overall_wires_limits is None else to_decimal(_daily_overall_wires_limits)
        )
        _monthly_limits = d.pop("monthlyLimits", None)
        monthly_limits = None if _monthly_limits is None else to_decimal(_monthly_limits)
        _per_transaction_approval_threshold_limits = d.pop("perTransactionApprovalThresholdLimits", None)
        per_transaction_approval_threshold_limits = (
            None
            if _per_transaction_approval_threshold_limits is None
            else to_decimal(_per_transaction_approval_threshold_limits)
        )
        feature_limits = cls(
            per_transaction_limits=per_transaction_limits,
            daily_limits=daily_limits,
            daily_overall_ach_limits=daily_overall_ach_limits,
            daily_overall_wires_limits=daily_overall_wires_limits,
            monthly_limits=monthly_limits,
            per_transaction_approval_threshold_limits=per_transaction_approval_threshold_limits,
        )

        object.__setattr__(feature_limits, "additional_properties", d)  # no on-setattr hooks
        return feature_limits
