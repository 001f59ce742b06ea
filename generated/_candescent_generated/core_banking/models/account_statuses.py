from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="AccountStatuses")


@_attrs_define
class AccountStatuses(_Model):
    """An account's state, one flag each (true: the state applies).

    Attributes:
        approved (bool | Unset): Approved by the institution.
        closed (bool | Unset):
        credit_balance (bool | Unset): Holds a credit balance (e.g. an overpaid loan or card).
        deleted (bool | Unset): Marked deleted.
        delinquent (bool | Unset): Payments are late.
        in_collection (bool | Unset): Handed to collections.
        negative_balance (bool | Unset): The balance is below zero.
        not_approved (bool | Unset): Not (yet) approved by the institution.
        open_ (bool | Unset): Open for business.
        over_limit (bool | Unset): Over its credit or overdraft limit.
        payment_coupon (bool | Unset): Paid with payment coupons.
        ret_plan_owned_by_deceased (bool | Unset): A retirement plan whose owner has died.
        retirement_plan (bool | Unset): Part of a retirement plan (IRA, 401(k)).
        verified (bool | Unset): Verified by the institution.
        written_off (bool | Unset): Charged off by the institution.
    """

    approved: bool | Unset = UNSET
    closed: bool | Unset = UNSET
    credit_balance: bool | Unset = UNSET
    deleted: bool | Unset = UNSET
    delinquent: bool | Unset = UNSET
    in_collection: bool | Unset = UNSET
    negative_balance: bool | Unset = UNSET
    not_approved: bool | Unset = UNSET
    open_: bool | Unset = UNSET
    over_limit: bool | Unset = UNSET
    payment_coupon: bool | Unset = UNSET
    ret_plan_owned_by_deceased: bool | Unset = UNSET
    retirement_plan: bool | Unset = UNSET
    verified: bool | Unset = UNSET
    written_off: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        approved = self.approved
        closed = self.closed
        credit_balance = self.credit_balance
        deleted = self.deleted
        delinquent = self.delinquent
        in_collection = self.in_collection
        negative_balance = self.negative_balance
        not_approved = self.not_approved
        open_ = self.open_
        over_limit = self.over_limit
        payment_coupon = self.payment_coupon
        ret_plan_owned_by_deceased = self.ret_plan_owned_by_deceased
        retirement_plan = self.retirement_plan
        verified = self.verified
        written_off = self.written_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approved is not UNSET:
            field_dict["approved"] = approved
        if closed is not UNSET:
            field_dict["closed"] = closed
        if credit_balance is not UNSET:
            field_dict["creditBalance"] = credit_balance
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if delinquent is not UNSET:
            field_dict["delinquent"] = delinquent
        if in_collection is not UNSET:
            field_dict["inCollection"] = in_collection
        if negative_balance is not UNSET:
            field_dict["negativeBalance"] = negative_balance
        if not_approved is not UNSET:
            field_dict["notApproved"] = not_approved
        if open_ is not UNSET:
            field_dict["open"] = open_
        if over_limit is not UNSET:
            field_dict["overLimit"] = over_limit
        if payment_coupon is not UNSET:
            field_dict["paymentCoupon"] = payment_coupon
        if ret_plan_owned_by_deceased is not UNSET:
            field_dict["retPlanOwnedByDeceased"] = ret_plan_owned_by_deceased
        if retirement_plan is not UNSET:
            field_dict["retirementPlan"] = retirement_plan
        if verified is not UNSET:
            field_dict["verified"] = verified
        if written_off is not UNSET:
            field_dict["writtenOff"] = written_off

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        approved = xml_text(d.pop("approved", UNSET))
        closed = xml_text(d.pop("closed", UNSET))
        credit_balance = xml_text(d.pop("creditBalance", UNSET))
        deleted = xml_text(d.pop("deleted", UNSET))
        delinquent = xml_text(d.pop("delinquent", UNSET))
        in_collection = xml_text(d.pop("inCollection", UNSET))
        negative_balance = xml_text(d.pop("negativeBalance", UNSET))
        not_approved = xml_text(d.pop("notApproved", UNSET))
        open_ = xml_text(d.pop("open", UNSET))
        over_limit = xml_text(d.pop("overLimit", UNSET))
        payment_coupon = xml_text(d.pop("paymentCoupon", UNSET))
        ret_plan_owned_by_deceased = xml_text(d.pop("retPlanOwnedByDeceased", UNSET))
        retirement_plan = xml_text(d.pop("retirementPlan", UNSET))
        verified = xml_text(d.pop("verified", UNSET))
        written_off = xml_text(d.pop("writtenOff", UNSET))
        account_statuses = cls(
            approved=approved,
            closed=closed,
            credit_balance=credit_balance,
            deleted=deleted,
            delinquent=delinquent,
            in_collection=in_collection,
            negative_balance=negative_balance,
            not_approved=not_approved,
            open_=open_,
            over_limit=over_limit,
            payment_coupon=payment_coupon,
            ret_plan_owned_by_deceased=ret_plan_owned_by_deceased,
            retirement_plan=retirement_plan,
            verified=verified,
            written_off=written_off,
        )

        account_statuses.additional_properties = d
        return account_statuses
