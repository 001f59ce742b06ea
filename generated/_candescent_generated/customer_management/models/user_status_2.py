from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="UserStatus2")


@_attrs_define
class UserStatus2(_Model):
    """The legacy status of a channel's user: flags that are true when the state applies, plus daysInactive and billpayId.

    Attributes:
        accepted_disclosure (bool | Unset):
        active (bool | Unset):
        admin_approved_ib_registration_in_mc (bool | Unset):
        alerts_scheduled (bool | Unset):
        applied_for_bp_electronic_registration (bool | Unset):
        billpay_id (str | Unset): The customer's bill-pay id.
        billpay_scheduled (bool | Unset):
        bp_front_page_false_bp_pending_payments_true (bool | Unset):
        bp_opt_out (bool | Unset):
        days_inactive (int | Unset): Days since the customer's last activity.
        deleted (bool | Unset):
        email_mfa_enrolled (bool | Unset):
        entitlements (bool | Unset):
        fi_approval_pending (bool | Unset):
        fi_approved (bool | Unset):
        fi_approved_reset (bool | Unset):
        fi_rejected (bool | Unset):
        inquiry_only (bool | Unset):
        invalid_email_id (bool | Unset):
        isso_user_enrolled (bool | Unset):
        limbo (bool | Unset):
        locked (bool | Unset):
        mfa_enrolled_cookie (bool | Unset):
        mfa_mandatory (bool | Unset):
        mfa_optional (bool | Unset):
        must_change_alt_user_id (bool | Unset):
        must_change_password (bool | Unset):
        needs_to_accept_disclosure (bool | Unset):
        needs_to_accept_secondary_disclosure (bool | Unset):
        new_user (bool | Unset):
        on_hold (bool | Unset):
        registered (bool | Unset):
        reinitiated (bool | Unset):
        reset (bool | Unset):
        reset_isso_user_enrolled (bool | Unset):
        segment_assigned (bool | Unset):
        sms_mobile_activation_confirmed (bool | Unset):
        sms_mobile_enrolled (bool | Unset):
        srt_scheduled (bool | Unset):
        subscribed_to_newsletter (bool | Unset):
        subscribed_to_promotional_messages (bool | Unset):
        temporary_password (bool | Unset):
        usp_enrolled (bool | Unset):
    """

    accepted_disclosure: bool | Unset = UNSET
    active: bool | Unset = UNSET
    admin_approved_ib_registration_in_mc: bool | Unset = UNSET
    alerts_scheduled: bool | Unset = UNSET
    applied_for_bp_electronic_registration: bool | Unset = UNSET
    billpay_id: str | Unset = UNSET
    billpay_scheduled: bool | Unset = UNSET
    bp_front_page_false_bp_pending_payments_true: bool | Unset = UNSET
    bp_opt_out: bool | Unset = UNSET
    days_inactive: int | Unset = UNSET
    deleted: bool | Unset = UNSET
    email_mfa_enrolled: bool | Unset = UNSET
    entitlements: bool | Unset = UNSET
    fi_approval_pending: bool | Unset = UNSET
    fi_approved: bool | Unset = UNSET
    fi_approved_reset: bool | Unset = UNSET
    fi_rejected: bool | Unset = UNSET
    inquiry_only: bool | Unset = UNSET
    invalid_email_id: bool | Unset = UNSET
    isso_user_enrolled: bool | Unset = UNSET
    limbo: bool | Unset = UNSET
    locked: bool | Unset = UNSET
    mfa_enrolled_cookie: bool | Unset = UNSET
    mfa_mandatory: bool | Unset = UNSET
    mfa_optional: bool | Unset = UNSET
    must_change_alt_user_id: bool | Unset = UNSET
    must_change_password: bool | Unset = UNSET
    needs_to_accept_disclosure: bool | Unset = UNSET
    needs_to_accept_secondary_disclosure: bool | Unset = UNSET
    new_user: bool | Unset = UNSET
    on_hold: bool | Unset = UNSET
    registered: bool | Unset = UNSET
    reinitiated: bool | Unset = UNSET
    reset: bool | Unset = UNSET
    reset_isso_user_enrolled: bool | Unset = UNSET
    segment_assigned: bool | Unset = UNSET
    sms_mobile_activation_confirmed: bool | Unset = UNSET
    sms_mobile_enrolled: bool | Unset = UNSET
    srt_scheduled: bool | Unset = UNSET
    subscribed_to_newsletter: bool | Unset = UNSET
    subscribed_to_promotional_messages: bool | Unset = UNSET
    temporary_password: bool | Unset = UNSET
    usp_enrolled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        accepted_disclosure = self.accepted_disclosure
        active = self.active
        admin_approved_ib_registration_in_mc = self.admin_approved_ib_registration_in_mc
        alerts_scheduled = self.alerts_scheduled
        applied_for_bp_electronic_registration = self.applied_for_bp_electronic_registration
        billpay_id = self.billpay_id
        billpay_scheduled = self.billpay_scheduled
        bp_front_page_false_bp_pending_payments_true = self.bp_front_page_false_bp_pending_payments_true
        bp_opt_out = self.bp_opt_out
        days_inactive = self.days_inactive
        deleted = self.deleted
        email_mfa_enrolled = self.email_mfa_enrolled
        entitlements = self.entitlements
        fi_approval_pending = self.fi_approval_pending
        fi_approved = self.fi_approved
        fi_approved_reset = self.fi_approved_reset
        fi_rejected = self.fi_rejected
        inquiry_only = self.inquiry_only
        invalid_email_id = self.invalid_email_id
        isso_user_enrolled = self.isso_user_enrolled
        limbo = self.limbo
        locked = self.locked
        mfa_enrolled_cookie = self.mfa_enrolled_cookie
        mfa_mandatory = self.mfa_mandatory
        mfa_optional = self.mfa_optional
        must_change_alt_user_id = self.must_change_alt_user_id
        must_change_password = self.must_change_password
        needs_to_accept_disclosure = self.needs_to_accept_disclosure
        needs_to_accept_secondary_disclosure = self.needs_to_accept_secondary_disclosure
        new_user = self.new_user
        on_hold = self.on_hold
        registered = self.registered
        reinitiated = self.reinitiated
        reset = self.reset
        reset_isso_user_enrolled = self.reset_isso_user_enrolled
        segment_assigned = self.segment_assigned
        sms_mobile_activation_confirmed = self.sms_mobile_activation_confirmed
        sms_mobile_enrolled = self.sms_mobile_enrolled
        srt_scheduled = self.srt_scheduled
        subscribed_to_newsletter = self.subscribed_to_newsletter
        subscribed_to_promotional_messages = self.subscribed_to_promotional_messages
        temporary_password = self.temporary_password
        usp_enrolled = self.usp_enrolled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted_disclosure is not UNSET:
            field_dict["acceptedDisclosure"] = accepted_disclosure
        if active is not UNSET:
            field_dict["active"] = active
        if admin_approved_ib_registration_in_mc is not UNSET:
            field_dict["adminApprovedIBRegistrationInMC"] = admin_approved_ib_registration_in_mc
        if alerts_scheduled is not UNSET:
            field_dict["alertsScheduled"] = alerts_scheduled
        if applied_for_bp_electronic_registration is not UNSET:
            field_dict["appliedForBPElectronicRegistration"] = applied_for_bp_electronic_registration
        if billpay_id is not UNSET:
            field_dict["billpayId"] = billpay_id
        if billpay_scheduled is not UNSET:
            field_dict["billpayScheduled"] = billpay_scheduled
        if bp_front_page_false_bp_pending_payments_true is not UNSET:
            field_dict["bpFrontPageFalseBpPendingPaymentsTrue"] = bp_front_page_false_bp_pending_payments_true
        if bp_opt_out is not UNSET:
            field_dict["bpOptOut"] = bp_opt_out
        if days_inactive is not UNSET:
            field_dict["daysInactive"] = days_inactive
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if email_mfa_enrolled is not UNSET:
            field_dict["emailMfaEnrolled"] = email_mfa_enrolled
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if fi_approval_pending is not UNSET:
            field_dict["fiApprovalPending"] = fi_approval_pending
        if fi_approved is not UNSET:
            field_dict["fiApproved"] = fi_approved
        if fi_approved_reset is not UNSET:
            field_dict["fiApprovedReset"] = fi_approved_reset
        if fi_rejected is not UNSET:
            field_dict["fiRejected"] = fi_rejected
        if inquiry_only is not UNSET:
            field_dict["inquiryOnly"] = inquiry_only
        if invalid_email_id is not UNSET:
            field_dict["invalidEmailId"] = invalid_email_id
        if isso_user_enrolled is not UNSET:
            field_dict["issoUserEnrolled"] = isso_user_enrolled
        if limbo is not UNSET:
            field_dict["limbo"] = limbo
        if locked is not UNSET:
            field_dict["locked"] = locked
        if mfa_enrolled_cookie is not UNSET:
            field_dict["mfaEnrolledCookie"] = mfa_enrolled_cookie
        if mfa_mandatory is not UNSET:
            field_dict["mfaMandatory"] = mfa_mandatory
        if mfa_optional is not UNSET:
            field_dict["mfaOptional"] = mfa_optional
        if must_change_alt_user_id is not UNSET:
            field_dict["mustChangeAltUserId"] = must_change_alt_user_id
        if must_change_password is not UNSET:
            field_dict["mustChangePassword"] = must_change_password
        if needs_to_accept_disclosure is not UNSET:
            field_dict["needsToAcceptDisclosure"] = needs_to_accept_disclosure
        if needs_to_accept_secondary_disclosure is not UNSET:
            field_dict["needsToAcceptSecondaryDisclosure"] = needs_to_accept_secondary_disclosure
        if new_user is not UNSET:
            field_dict["newUser"] = new_user
        if on_hold is not UNSET:
            field_dict["onHold"] = on_hold
        if registered is not UNSET:
            field_dict["registered"] = registered
        if reinitiated is not UNSET:
            field_dict["reinitiated"] = reinitiated
        if reset is not UNSET:
            field_dict["reset"] = reset
        if reset_isso_user_enrolled is not UNSET:
            field_dict["resetIssoUserEnrolled"] = reset_isso_user_enrolled
        if segment_assigned is not UNSET:
            field_dict["segmentAssigned"] = segment_assigned
        if sms_mobile_activation_confirmed is not UNSET:
            field_dict["smsMobileActivationConfirmed"] = sms_mobile_activation_confirmed
        if sms_mobile_enrolled is not UNSET:
            field_dict["smsMobileEnrolled"] = sms_mobile_enrolled
        if srt_scheduled is not UNSET:
            field_dict["srtScheduled"] = srt_scheduled
        if subscribed_to_newsletter is not UNSET:
            field_dict["subscribedToNewsletter"] = subscribed_to_newsletter
        if subscribed_to_promotional_messages is not UNSET:
            field_dict["subscribedToPromotionalMessages"] = subscribed_to_promotional_messages
        if temporary_password is not UNSET:
            field_dict["temporaryPassword"] = temporary_password
        if usp_enrolled is not UNSET:
            field_dict["uspEnrolled"] = usp_enrolled

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accepted_disclosure = d.pop("acceptedDisclosure", UNSET)
        active = d.pop("active", UNSET)
        admin_approved_ib_registration_in_mc = d.pop("adminApprovedIBRegistrationInMC", UNSET)
        alerts_scheduled = d.pop("alertsScheduled", UNSET)
        applied_for_bp_electronic_registration = d.pop("appliedForBPElectronicRegistration", UNSET)
        billpay_id = d.pop("billpayId", UNSET)
        billpay_scheduled = d.pop("billpayScheduled", UNSET)
        bp_front_page_false_bp_pending_payments_true = d.pop("bpFrontPageFalseBpPendingPaymentsTrue", UNSET)
        bp_opt_out = d.pop("bpOptOut", UNSET)
        days_inactive = d.pop("daysInactive", UNSET)
        deleted = d.pop("deleted", UNSET)
        email_mfa_enrolled = d.pop("emailMfaEnrolled", UNSET)
        entitlements = d.pop("entitlements", UNSET)
        fi_approval_pending = d.pop("fiApprovalPending", UNSET)
        fi_approved = d.pop("fiApproved", UNSET)
        fi_approved_reset = d.pop("fiApprovedReset", UNSET)
        fi_rejected = d.pop("fiRejected", UNSET)
        inquiry_only = d.pop("inquiryOnly", UNSET)
        invalid_email_id = d.pop("invalidEmailId", UNSET)
        isso_user_enrolled = d.pop("issoUserEnrolled", UNSET)
        limbo = d.pop("limbo", UNSET)
        locked = d.pop("locked", UNSET)
        mfa_enrolled_cookie = d.pop("mfaEnrolledCookie", UNSET)
        mfa_mandatory = d.pop("mfaMandatory", UNSET)
        mfa_optional = d.pop("mfaOptional", UNSET)
        must_change_alt_user_id = d.pop("mustChangeAltUserId", UNSET)
        must_change_password = d.pop("mustChangePassword", UNSET)
        needs_to_accept_disclosure = d.pop("needsToAcceptDisclosure", UNSET)
        needs_to_accept_secondary_disclosure = d.pop("needsToAcceptSecondaryDisclosure", UNSET)
        new_user = d.pop("newUser", UNSET)
        on_hold = d.pop("onHold", UNSET)
        registered = d.pop("registered", UNSET)
        reinitiated = d.pop("reinitiated", UNSET)
        reset = d.pop("reset", UNSET)
        reset_isso_user_enrolled = d.pop("resetIssoUserEnrolled", UNSET)
        segment_assigned = d.pop("segmentAssigned", UNSET)
        sms_mobile_activation_confirmed = d.pop("smsMobileActivationConfirmed", UNSET)
        sms_mobile_enrolled = d.pop("smsMobileEnrolled", UNSET)
        srt_scheduled = d.pop("srtScheduled", UNSET)
        subscribed_to_newsletter = d.pop("subscribedToNewsletter", UNSET)
        subscribed_to_promotional_messages = d.pop("subscribedToPromotionalMessages", UNSET)
        temporary_password = d.pop("temporaryPassword", UNSET)
        usp_enrolled = d.pop("uspEnrolled", UNSET)
        user_status_2 = cls(
            accepted_disclosure=accepted_disclosure,
            active=active,
            admin_approved_ib_registration_in_mc=admin_approved_ib_registration_in_mc,
            alerts_scheduled=alerts_scheduled,
            applied_for_bp_electronic_registration=applied_for_bp_electronic_registration,
            billpay_id=billpay_id,
            billpay_scheduled=billpay_scheduled,
            bp_front_page_false_bp_pending_payments_true=bp_front_page_false_bp_pending_payments_true,
            bp_opt_out=bp_opt_out,
            days_inactive=days_inactive,
            deleted=deleted,
            email_mfa_enrolled=email_mfa_enrolled,
            entitlements=entitlements,
            fi_approval_pending=fi_approval_pending,
            fi_approved=fi_approved,
            fi_approved_reset=fi_approved_reset,
            fi_rejected=fi_rejected,
            inquiry_only=inquiry_only,
            invalid_email_id=invalid_email_id,
            isso_user_enrolled=isso_user_enrolled,
            limbo=limbo,
            locked=locked,
            mfa_enrolled_cookie=mfa_enrolled_cookie,
            mfa_mandatory=mfa_mandatory,
            mfa_optional=mfa_optional,
            must_change_alt_user_id=must_change_alt_user_id,
            must_change_password=must_change_password,
            needs_to_accept_disclosure=needs_to_accept_disclosure,
            needs_to_accept_secondary_disclosure=needs_to_accept_secondary_disclosure,
            new_user=new_user,
            on_hold=on_hold,
            registered=registered,
            reinitiated=reinitiated,
            reset=reset,
            reset_isso_user_enrolled=reset_isso_user_enrolled,
            segment_assigned=segment_assigned,
            sms_mobile_activation_confirmed=sms_mobile_activation_confirmed,
            sms_mobile_enrolled=sms_mobile_enrolled,
            srt_scheduled=srt_scheduled,
            subscribed_to_newsletter=subscribed_to_newsletter,
            subscribed_to_promotional_messages=subscribed_to_promotional_messages,
            temporary_password=temporary_password,
            usp_enrolled=usp_enrolled,
        )

        user_status_2.additional_properties = d
        return user_status_2
