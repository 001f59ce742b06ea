from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


@_attrs_define
class AccountStatus1(_Model):
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
        d = dict(src_dict)
        _self = cls(
            open_=d.pop("open"),
            closed=d.pop("closed"),
            negative_balance=d.pop("negativeBalance"),
            delinquent=d.pop("delinquent"),
            in_collection=d.pop("inCollection"),
            over_limit=d.pop("overLimit"),
            written_off=d.pop("writtenOff"),
            credit_balance=d.pop("creditBalance"),
            payment_coupon=d.pop("paymentCoupon"),
            retirement_plan=d.pop("retirementPlan"),
            ret_plan_owned_by_deceased=d.pop("retPlanOwnedByDeceased"),
            approved=d.pop("approved", None),
            not_approved=d.pop("notApproved", None),
            deleted=d.pop("deleted", None),
            verified=d.pop("verified", None),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
