from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "open",
        "closed",
        "negativeBalance",
        "delinquent",
        "inCollection",
        "overLimit",
        "writtenOff",
        "creditBalance",
        "paymentCoupon",
        "retirementPlan",
        "retPlanOwnedByDeceased",
        "approved",
        "notApproved",
        "deleted",
        "verified",
    }
)


@_attrs_define
class AccountStatus(_Model):
    """An account's state, one flag each (true: the state applies).

    Attributes:
        open_ (bool): Open for business.
        closed (bool):
        negative_balance (bool): The balance is below zero.
        delinquent (bool): Payments are late.
        in_collection (bool): Handed to collections.
        over_limit (bool): Over its credit or overdraft limit.
        written_off (bool): Charged off by the institution.
        credit_balance (bool): Holds a credit balance (e.g. an overpaid loan or card).
        payment_coupon (bool): Paid with payment coupons.
        retirement_plan (bool): Part of a retirement plan (IRA, 401(k)).
        ret_plan_owned_by_deceased (bool): A retirement plan whose owner has died.
        approved (bool): Approved by the institution.
        not_approved (bool): Not (yet) approved by the institution.
        deleted (bool): Marked deleted.
        verified (bool): Verified by the institution.
    """

    open_: bool
    closed: bool
    negative_balance: bool
    delinquent: bool
    in_collection: bool
    over_limit: bool
    written_off: bool
    credit_balance: bool
    payment_coupon: bool
    retirement_plan: bool
    ret_plan_owned_by_deceased: bool
    approved: bool | None = None
    not_approved: bool | None = None
    deleted: bool | None = None
    verified: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["open"] = self.open_
        field_dict["closed"] = self.closed
        field_dict["negativeBalance"] = self.negative_balance
        field_dict["delinquent"] = self.delinquent
        field_dict["inCollection"] = self.in_collection
        field_dict["overLimit"] = self.over_limit
        field_dict["writtenOff"] = self.written_off
        field_dict["creditBalance"] = self.credit_balance
        field_dict["paymentCoupon"] = self.payment_coupon
        field_dict["retirementPlan"] = self.retirement_plan
        field_dict["retPlanOwnedByDeceased"] = self.ret_plan_owned_by_deceased
        if self.approved is not None:
            field_dict["approved"] = self.approved
        if self.not_approved is not None:
            field_dict["notApproved"] = self.not_approved
        if self.deleted is not None:
            field_dict["deleted"] = self.deleted
        if self.verified is not None:
            field_dict["verified"] = self.verified

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.open_ = src_dict["open"]
        _self.closed = src_dict["closed"]
        _self.negative_balance = src_dict["negativeBalance"]
        _self.delinquent = src_dict["delinquent"]
        _self.in_collection = src_dict["inCollection"]
        _self.over_limit = src_dict["overLimit"]
        _self.written_off = src_dict["writtenOff"]
        _self.credit_balance = src_dict["creditBalance"]
        _self.payment_coupon = src_dict["paymentCoupon"]
        _self.retirement_plan = src_dict["retirementPlan"]
        _self.ret_plan_owned_by_deceased = src_dict["retPlanOwnedByDeceased"]
        _self.approved = src_dict.get("approved")
        _self.not_approved = src_dict.get("notApproved")
        _self.deleted = src_dict.get("deleted")
        _self.verified = src_dict.get("verified")
        extra = (
            {}
            if len(src_dict) == 11 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
