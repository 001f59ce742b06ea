from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text

T = TypeVar("T", bound="AccountStatuses")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.approved is not None:
            approved = self.approved
            field_dict["approved"] = approved
        if self.closed is not None:
            closed = self.closed
            field_dict["closed"] = closed
        if self.credit_balance is not None:
            credit_balance = self.credit_balance
            field_dict["creditBalance"] = credit_balance
        if self.deleted is not None:
            deleted = self.deleted
            field_dict["deleted"] = deleted
        if self.delinquent is not None:
            delinquent = self.delinquent
            field_dict["delinquent"] = delinquent
        if self.in_collection is not None:
            in_collection = self.in_collection
            field_dict["inCollection"] = in_collection
        if self.negative_balance is not None:
            negative_balance = self.negative_balance
            field_dict["negativeBalance"] = negative_balance
        if self.not_approved is not None:
            not_approved = self.not_approved
            field_dict["notApproved"] = not_approved
        if self.open_ is not None:
            open_ = self.open_
            field_dict["open"] = open_
        if self.over_limit is not None:
            over_limit = self.over_limit
            field_dict["overLimit"] = over_limit
        if self.payment_coupon is not None:
            payment_coupon = self.payment_coupon
            field_dict["paymentCoupon"] = payment_coupon
        if self.ret_plan_owned_by_deceased is not None:
            ret_plan_owned_by_deceased = self.ret_plan_owned_by_deceased
            field_dict["retPlanOwnedByDeceased"] = ret_plan_owned_by_deceased
        if self.retirement_plan is not None:
            retirement_plan = self.retirement_plan
            field_dict["retirementPlan"] = retirement_plan
        if self.verified is not None:
            verified = self.verified
            field_dict["verified"] = verified
        if self.written_off is not None:
            written_off = self.written_off
            field_dict["writtenOff"] = written_off

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _approved = xml_text(d.pop("approved", None))
        approved: bool | None = None
        if _approved is not None:
            approved = _approved
        _closed = xml_text(d.pop("closed", None))
        closed: bool | None = None
        if _closed is not None:
            closed = _closed
        _credit_balance = xml_text(d.pop("creditBalance", None))
        credit_balance: bool | None = None
        if _credit_balance is not None:
            credit_balance = _credit_balance
        _deleted = xml_text(d.pop("deleted", None))
        deleted: bool | None = None
        if _deleted is not None:
            deleted = _deleted
        _delinquent = xml_text(d.pop("delinquent", None))
        delinquent: bool | None = None
        if _delinquent is not None:
            delinquent = _delinquent
        _in_collection = xml_text(d.pop("inCollection", None))
        in_collection: bool | None = None
        if _in_collection is not None:
            in_collection = _in_collection
        _negative_balance = xml_text(d.pop("negativeBalance", None))
        negative_balance: bool | None = None
        if _negative_balance is not None:
            negative_balance = _negative_balance
        _not_approved = xml_text(d.pop("notApproved", None))
        not_approved: bool | None = None
        if _not_approved is not None:
            not_approved = _not_approved
        _open_ = xml_text(d.pop("open", None))
        open_: bool | None = None
        if _open_ is not None:
            open_ = _open_
        _over_limit = xml_text(d.pop("overLimit", None))
        over_limit: bool | None = None
        if _over_limit is not None:
            over_limit = _over_limit
        _payment_coupon = xml_text(d.pop("paymentCoupon", None))
        payment_coupon: bool | None = None
        if _payment_coupon is not None:
            payment_coupon = _payment_coupon
        _ret_plan_owned_by_deceased = xml_text(d.pop("retPlanOwnedByDeceased", None))
        ret_plan_owned_by_deceased: bool | None = None
        if _ret_plan_owned_by_deceased is not None:
            ret_plan_owned_by_deceased = _ret_plan_owned_by_deceased
        _retirement_plan = xml_text(d.pop("retirementPlan", None))
        retirement_plan: bool | None = None
        if _retirement_plan is not None:
            retirement_plan = _retirement_plan
        _verified = xml_text(d.pop("verified", None))
        verified: bool | None = None
        if _verified is not None:
            verified = _verified
        _written_off = xml_text(d.pop("writtenOff", None))
        written_off: bool | None = None
        if _written_off is not None:
            written_off = _written_off
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
