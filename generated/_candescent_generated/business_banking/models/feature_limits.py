from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, refuse_float, to_decimal
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="FeatureLimits")


@_attrs_define
class FeatureLimits(_Model):
    """A feature's amount limits (decimal amounts).

    Attributes:
        per_transaction_limits (Decimal): Largest amount of one transaction.
        daily_limits (Decimal | Unset): Largest total per day.
        daily_overall_ach_limits (Decimal | Unset): Largest total of all ACH payments and collections per day.
        daily_overall_wires_limits (Decimal | Unset): Largest total of all wires per day.
        monthly_limits (Decimal | Unset): Largest total per month.
        per_transaction_approval_threshold_limits (Decimal | Unset): Above this amount a transaction needs an approver.
    """

    per_transaction_limits: Decimal = _attrs_field(validator=refuse_float)
    daily_limits: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    daily_overall_ach_limits: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    daily_overall_wires_limits: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    monthly_limits: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    per_transaction_approval_threshold_limits: Decimal | Unset = _attrs_field(validator=refuse_float, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        per_transaction_limits = self.per_transaction_limits
        daily_limits = self.daily_limits
        daily_overall_ach_limits = self.daily_overall_ach_limits
        daily_overall_wires_limits = self.daily_overall_wires_limits
        monthly_limits = self.monthly_limits
        per_transaction_approval_threshold_limits = self.per_transaction_approval_threshold_limits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "perTransactionLimits": per_transaction_limits,
            }
        )
        if daily_limits is not UNSET:
            field_dict["dailyLimits"] = daily_limits
        if daily_overall_ach_limits is not UNSET:
            field_dict["dailyOverallAchLimits"] = daily_overall_ach_limits
        if daily_overall_wires_limits is not UNSET:
            field_dict["dailyOverallWiresLimits"] = daily_overall_wires_limits
        if monthly_limits is not UNSET:
            field_dict["monthlyLimits"] = monthly_limits
        if per_transaction_approval_threshold_limits is not UNSET:
            field_dict["perTransactionApprovalThresholdLimits"] = per_transaction_approval_threshold_limits

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        per_transaction_limits = to_decimal(d.pop("perTransactionLimits"))

        _daily_limits = d.pop("dailyLimits", UNSET)
        daily_limits: Decimal | Unset
        if isinstance(_daily_limits, Unset):
            daily_limits = UNSET
        else:
            daily_limits = to_decimal(_daily_limits)

        _daily_overall_ach_limits = d.pop("dailyOverallAchLimits", UNSET)
        daily_overall_ach_limits: Decimal | Unset
        if isinstance(_daily_overall_ach_limits, Unset):
            daily_overall_ach_limits = UNSET
        else:
            daily_overall_ach_limits = to_decimal(_daily_overall_ach_limits)

        _daily_overall_wires_limits = d.pop("dailyOverallWiresLimits", UNSET)
        daily_overall_wires_limits: Decimal | Unset
        if isinstance(_daily_overall_wires_limits, Unset):
            daily_overall_wires_limits = UNSET
        else:
            daily_overall_wires_limits = to_decimal(_daily_overall_wires_limits)

        _monthly_limits = d.pop("monthlyLimits", UNSET)
        monthly_limits: Decimal | Unset
        if isinstance(_monthly_limits, Unset):
            monthly_limits = UNSET
        else:
            monthly_limits = to_decimal(_monthly_limits)

        _per_transaction_approval_threshold_limits = d.pop("perTransactionApprovalThresholdLimits", UNSET)
        per_transaction_approval_threshold_limits: Decimal | Unset
        if isinstance(_per_transaction_approval_threshold_limits, Unset):
            per_transaction_approval_threshold_limits = UNSET
        else:
            per_transaction_approval_threshold_limits = to_decimal(_per_transaction_approval_threshold_limits)

        feature_limits = cls(
            per_transaction_limits=per_transaction_limits,
            daily_limits=daily_limits,
            daily_overall_ach_limits=daily_overall_ach_limits,
            daily_overall_wires_limits=daily_overall_wires_limits,
            monthly_limits=monthly_limits,
            per_transaction_approval_threshold_limits=per_transaction_approval_threshold_limits,
        )

        feature_limits.additional_properties = d
        return feature_limits
