from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "approved",
        "closed",
        "creditBalance",
        "deleted",
        "delinquent",
        "inCollection",
        "negativeBalance",
        "notApproved",
        "open",
        "overLimit",
        "paymentCoupon",
        "retPlanOwnedByDeceased",
        "retirementPlan",
        "verified",
        "writtenOff",
    }
)


@_attrs_define
class AccountStatuses(_Model):
    """An account's state, one flag each (true: the state applies).

    Attributes:
        approved (bool): Approved by the institution.
        closed (bool):
        credit_balance (bool): Holds a credit balance (e.g. an overpaid loan or card).
        deleted (bool): Marked deleted.
        delinquent (bool): Payments are late.
        in_collection (bool): Handed to collections.
        negative_balance (bool): The balance is below zero.
        not_approved (bool): Not (yet) approved by the institution.
        open_ (bool): Open for business.
        over_limit (bool): Over its credit or overdraft limit.
        payment_coupon (bool): Paid with payment coupons.
        ret_plan_owned_by_deceased (bool): A retirement plan whose owner has died.
        retirement_plan (bool): Part of a retirement plan (IRA, 401(k)).
        verified (bool): Verified by the institution.
        written_off (bool): Charged off by the institution.
    """

    approved: bool | None = None
    closed: bool | None = None
    credit_balance: bool | None = None
    deleted: bool | None = None
    delinquent: bool | None = None
    in_collection: bool | None = None
    negative_balance: bool | None = None
    not_approved: bool | None = None
    open_: bool | None = None
    over_limit: bool | None = None
    payment_coupon: bool | None = None
    ret_plan_owned_by_deceased: bool | None = None
    retirement_plan: bool | None = None
    verified: bool | None = None
    written_off: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.approved is not None:
            field_dict["approved"] = self.approved
        if self.closed is not None:
            field_dict["closed"] = self.closed
        if self.credit_balance is not None:
            field_dict["creditBalance"] = self.credit_balance
        if self.deleted is not None:
            field_dict["deleted"] = self.deleted
        if self.delinquent is not None:
            field_dict["delinquent"] = self.delinquent
        if self.in_collection is not None:
            field_dict["inCollection"] = self.in_collection
        if self.negative_balance is not None:
            field_dict["negativeBalance"] = self.negative_balance
        if self.not_approved is not None:
            field_dict["notApproved"] = self.not_approved
        if self.open_ is not None:
            field_dict["open"] = self.open_
        if self.over_limit is not None:
            field_dict["overLimit"] = self.over_limit
        if self.payment_coupon is not None:
            field_dict["paymentCoupon"] = self.payment_coupon
        if self.ret_plan_owned_by_deceased is not None:
            field_dict["retPlanOwnedByDeceased"] = self.ret_plan_owned_by_deceased
        if self.retirement_plan is not None:
            field_dict["retirementPlan"] = self.retirement_plan
        if self.verified is not None:
            field_dict["verified"] = self.verified
        if self.written_off is not None:
            field_dict["writtenOff"] = self.written_off

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.approved = xml_text(src_dict.get("approved"))
        _self.closed = xml_text(src_dict.get("closed"))
        _self.credit_balance = xml_text(src_dict.get("creditBalance"))
        _self.deleted = xml_text(src_dict.get("deleted"))
        _self.delinquent = xml_text(src_dict.get("delinquent"))
        _self.in_collection = xml_text(src_dict.get("inCollection"))
        _self.negative_balance = xml_text(src_dict.get("negativeBalance"))
        _self.not_approved = xml_text(src_dict.get("notApproved"))
        _self.open_ = xml_text(src_dict.get("open"))
        _self.over_limit = xml_text(src_dict.get("overLimit"))
        _self.payment_coupon = xml_text(src_dict.get("paymentCoupon"))
        _self.ret_plan_owned_by_deceased = xml_text(src_dict.get("retPlanOwnedByDeceased"))
        _self.retirement_plan = xml_text(src_dict.get("retirementPlan"))
        _self.verified = xml_text(src_dict.get("verified"))
        _self.written_off = xml_text(src_dict.get("writtenOff"))
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
