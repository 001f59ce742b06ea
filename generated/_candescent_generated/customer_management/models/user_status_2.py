from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "acceptedDisclosure",
        "active",
        "adminApprovedIBRegistrationInMC",
        "alertsScheduled",
        "appliedForBPElectronicRegistration",
        "billpayId",
        "billpayScheduled",
        "bpFrontPageFalseBpPendingPaymentsTrue",
        "bpOptOut",
        "daysInactive",
        "deleted",
        "emailMfaEnrolled",
        "entitlements",
        "fiApprovalPending",
        "fiApproved",
        "fiApprovedReset",
        "fiRejected",
        "inquiryOnly",
        "invalidEmailId",
        "issoUserEnrolled",
        "limbo",
        "locked",
        "mfaEnrolledCookie",
        "mfaMandatory",
        "mfaOptional",
        "mustChangeAltUserId",
        "mustChangePassword",
        "needsToAcceptDisclosure",
        "needsToAcceptSecondaryDisclosure",
        "newUser",
        "onHold",
        "registered",
        "reinitiated",
        "reset",
        "resetIssoUserEnrolled",
        "segmentAssigned",
        "smsMobileActivationConfirmed",
        "smsMobileEnrolled",
        "srtScheduled",
        "subscribedToNewsletter",
        "subscribedToPromotionalMessages",
        "temporaryPassword",
        "uspEnrolled",
    }
)


@_attrs_define
class UserStatus2(_Model):
    """The legacy status of a channel's user: flags that are true when the state applies, plus daysInactive and billpayId.

    Attributes:
        accepted_disclosure (bool):
        active (bool):
        admin_approved_ib_registration_in_mc (bool):
        alerts_scheduled (bool):
        applied_for_bp_electronic_registration (bool):
        billpay_id (str): The customer's bill-pay id.
        billpay_scheduled (bool):
        bp_front_page_false_bp_pending_payments_true (bool):
        bp_opt_out (bool):
        days_inactive (int): Days since the customer's last activity.
        deleted (bool):
        email_mfa_enrolled (bool):
        entitlements (bool):
        fi_approval_pending (bool):
        fi_approved (bool):
        fi_approved_reset (bool):
        fi_rejected (bool):
        inquiry_only (bool):
        invalid_email_id (bool):
        isso_user_enrolled (bool):
        limbo (bool):
        locked (bool):
        mfa_enrolled_cookie (bool):
        mfa_mandatory (bool):
        mfa_optional (bool):
        must_change_alt_user_id (bool):
        must_change_password (bool):
        needs_to_accept_disclosure (bool):
        needs_to_accept_secondary_disclosure (bool):
        new_user (bool):
        on_hold (bool):
        registered (bool):
        reinitiated (bool):
        reset (bool):
        reset_isso_user_enrolled (bool):
        segment_assigned (bool):
        sms_mobile_activation_confirmed (bool):
        sms_mobile_enrolled (bool):
        srt_scheduled (bool):
        subscribed_to_newsletter (bool):
        subscribed_to_promotional_messages (bool):
        temporary_password (bool):
        usp_enrolled (bool):
    """

    accepted_disclosure: bool | None = None
    active: bool | None = None
    admin_approved_ib_registration_in_mc: bool | None = None
    alerts_scheduled: bool | None = None
    applied_for_bp_electronic_registration: bool | None = None
    billpay_id: str | None = None
    billpay_scheduled: bool | None = None
    bp_front_page_false_bp_pending_payments_true: bool | None = None
    bp_opt_out: bool | None = None
    days_inactive: int | None = None
    deleted: bool | None = None
    email_mfa_enrolled: bool | None = None
    entitlements: bool | None = None
    fi_approval_pending: bool | None = None
    fi_approved: bool | None = None
    fi_approved_reset: bool | None = None
    fi_rejected: bool | None = None
    inquiry_only: bool | None = None
    invalid_email_id: bool | None = None
    isso_user_enrolled: bool | None = None
    limbo: bool | None = None
    locked: bool | None = None
    mfa_enrolled_cookie: bool | None = None
    mfa_mandatory: bool | None = None
    mfa_optional: bool | None = None
    must_change_alt_user_id: bool | None = None
    must_change_password: bool | None = None
    needs_to_accept_disclosure: bool | None = None
    needs_to_accept_secondary_disclosure: bool | None = None
    new_user: bool | None = None
    on_hold: bool | None = None
    registered: bool | None = None
    reinitiated: bool | None = None
    reset: bool | None = None
    reset_isso_user_enrolled: bool | None = None
    segment_assigned: bool | None = None
    sms_mobile_activation_confirmed: bool | None = None
    sms_mobile_enrolled: bool | None = None
    srt_scheduled: bool | None = None
    subscribed_to_newsletter: bool | None = None
    subscribed_to_promotional_messages: bool | None = None
    temporary_password: bool | None = None
    usp_enrolled: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.accepted_disclosure is not None:
            field_dict["acceptedDisclosure"] = self.accepted_disclosure
        if self.active is not None:
            field_dict["active"] = self.active
        if self.admin_approved_ib_registration_in_mc is not None:
            field_dict["adminApprovedIBRegistrationInMC"] = self.admin_approved_ib_registration_in_mc
        if self.alerts_scheduled is not None:
            field_dict["alertsScheduled"] = self.alerts_scheduled
        if self.applied_for_bp_electronic_registration is not None:
            field_dict["appliedForBPElectronicRegistration"] = self.applied_for_bp_electronic_registration
        if self.billpay_id is not None:
            field_dict["billpayId"] = self.billpay_id
        if self.billpay_scheduled is not None:
            field_dict["billpayScheduled"] = self.billpay_scheduled
        if self.bp_front_page_false_bp_pending_payments_true is not None:
            field_dict["bpFrontPageFalseBpPendingPaymentsTrue"] = self.bp_front_page_false_bp_pending_payments_true
        if self.bp_opt_out is not None:
            field_dict["bpOptOut"] = self.bp_opt_out
        if self.days_inactive is not None:
            field_dict["daysInactive"] = self.days_inactive
        if self.deleted is not None:
            field_dict["deleted"] = self.deleted
        if self.email_mfa_enrolled is not None:
            field_dict["emailMfaEnrolled"] = self.email_mfa_enrolled
        if self.entitlements is not None:
            field_dict["entitlements"] = self.entitlements
        if self.fi_approval_pending is not None:
            field_dict["fiApprovalPending"] = self.fi_approval_pending
        if self.fi_approved is not None:
            field_dict["fiApproved"] = self.fi_approved
        if self.fi_approved_reset is not None:
            field_dict["fiApprovedReset"] = self.fi_approved_reset
        if self.fi_rejected is not None:
            field_dict["fiRejected"] = self.fi_rejected
        if self.inquiry_only is not None:
            field_dict["inquiryOnly"] = self.inquiry_only
        if self.invalid_email_id is not None:
            field_dict["invalidEmailId"] = self.invalid_email_id
        if self.isso_user_enrolled is not None:
            field_dict["issoUserEnrolled"] = self.isso_user_enrolled
        if self.limbo is not None:
            field_dict["limbo"] = self.limbo
        if self.locked is not None:
            field_dict["locked"] = self.locked
        if self.mfa_enrolled_cookie is not None:
            field_dict["mfaEnrolledCookie"] = self.mfa_enrolled_cookie
        if self.mfa_mandatory is not None:
            field_dict["mfaMandatory"] = self.mfa_mandatory
        if self.mfa_optional is not None:
            field_dict["mfaOptional"] = self.mfa_optional
        if self.must_change_alt_user_id is not None:
            field_dict["mustChangeAltUserId"] = self.must_change_alt_user_id
        if self.must_change_password is not None:
            field_dict["mustChangePassword"] = self.must_change_password
        if self.needs_to_accept_disclosure is not None:
            field_dict["needsToAcceptDisclosure"] = self.needs_to_accept_disclosure
        if self.needs_to_accept_secondary_disclosure is not None:
            field_dict["needsToAcceptSecondaryDisclosure"] = self.needs_to_accept_secondary_disclosure
        if self.new_user is not None:
            field_dict["newUser"] = self.new_user
        if self.on_hold is not None:
            field_dict["onHold"] = self.on_hold
        if self.registered is not None:
            field_dict["registered"] = self.registered
        if self.reinitiated is not None:
            field_dict["reinitiated"] = self.reinitiated
        if self.reset is not None:
            field_dict["reset"] = self.reset
        if self.reset_isso_user_enrolled is not None:
            field_dict["resetIssoUserEnrolled"] = self.reset_isso_user_enrolled
        if self.segment_assigned is not None:
            field_dict["segmentAssigned"] = self.segment_assigned
        if self.sms_mobile_activation_confirmed is not None:
            field_dict["smsMobileActivationConfirmed"] = self.sms_mobile_activation_confirmed
        if self.sms_mobile_enrolled is not None:
            field_dict["smsMobileEnrolled"] = self.sms_mobile_enrolled
        if self.srt_scheduled is not None:
            field_dict["srtScheduled"] = self.srt_scheduled
        if self.subscribed_to_newsletter is not None:
            field_dict["subscribedToNewsletter"] = self.subscribed_to_newsletter
        if self.subscribed_to_promotional_messages is not None:
            field_dict["subscribedToPromotionalMessages"] = self.subscribed_to_promotional_messages
        if self.temporary_password is not None:
            field_dict["temporaryPassword"] = self.temporary_password
        if self.usp_enrolled is not None:
            field_dict["uspEnrolled"] = self.usp_enrolled

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.accepted_disclosure = src_dict.get("acceptedDisclosure")
        _self.active = src_dict.get("active")
        _self.admin_approved_ib_registration_in_mc = src_dict.get("adminApprovedIBRegistrationInMC")
        _self.alerts_scheduled = src_dict.get("alertsScheduled")
        _self.applied_for_bp_electronic_registration = src_dict.get("appliedForBPElectronicRegistration")
        _self.billpay_id = src_dict.get("billpayId")
        _self.billpay_scheduled = src_dict.get("billpayScheduled")
        _self.bp_front_page_false_bp_pending_payments_true = src_dict.get("bpFrontPageFalseBpPendingPaymentsTrue")
        _self.bp_opt_out = src_dict.get("bpOptOut")
        _self.days_inactive = src_dict.get("daysInactive")
        _self.deleted = src_dict.get("deleted")
        _self.email_mfa_enrolled = src_dict.get("emailMfaEnrolled")
        _self.entitlements = src_dict.get("entitlements")
        _self.fi_approval_pending = src_dict.get("fiApprovalPending")
        _self.fi_approved = src_dict.get("fiApproved")
        _self.fi_approved_reset = src_dict.get("fiApprovedReset")
        _self.fi_rejected = src_dict.get("fiRejected")
        _self.inquiry_only = src_dict.get("inquiryOnly")
        _self.invalid_email_id = src_dict.get("invalidEmailId")
        _self.isso_user_enrolled = src_dict.get("issoUserEnrolled")
        _self.limbo = src_dict.get("limbo")
        _self.locked = src_dict.get("locked")
        _self.mfa_enrolled_cookie = src_dict.get("mfaEnrolledCookie")
        _self.mfa_mandatory = src_dict.get("mfaMandatory")
        _self.mfa_optional = src_dict.get("mfaOptional")
        _self.must_change_alt_user_id = src_dict.get("mustChangeAltUserId")
        _self.must_change_password = src_dict.get("mustChangePassword")
        _self.needs_to_accept_disclosure = src_dict.get("needsToAcceptDisclosure")
        _self.needs_to_accept_secondary_disclosure = src_dict.get("needsToAcceptSecondaryDisclosure")
        _self.new_user = src_dict.get("newUser")
        _self.on_hold = src_dict.get("onHold")
        _self.registered = src_dict.get("registered")
        _self.reinitiated = src_dict.get("reinitiated")
        _self.reset = src_dict.get("reset")
        _self.reset_isso_user_enrolled = src_dict.get("resetIssoUserEnrolled")
        _self.segment_assigned = src_dict.get("segmentAssigned")
        _self.sms_mobile_activation_confirmed = src_dict.get("smsMobileActivationConfirmed")
        _self.sms_mobile_enrolled = src_dict.get("smsMobileEnrolled")
        _self.srt_scheduled = src_dict.get("srtScheduled")
        _self.subscribed_to_newsletter = src_dict.get("subscribedToNewsletter")
        _self.subscribed_to_promotional_messages = src_dict.get("subscribedToPromotionalMessages")
        _self.temporary_password = src_dict.get("temporaryPassword")
        _self.usp_enrolled = src_dict.get("uspEnrolled")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
