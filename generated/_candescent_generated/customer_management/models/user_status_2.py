from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="UserStatus2")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.accepted_disclosure is not None:
            accepted_disclosure = self.accepted_disclosure
            field_dict["acceptedDisclosure"] = accepted_disclosure
        if self.active is not None:
            active = self.active
            field_dict["active"] = active
        if self.admin_approved_ib_registration_in_mc is not None:
            admin_approved_ib_registration_in_mc = self.admin_approved_ib_registration_in_mc
            field_dict["adminApprovedIBRegistrationInMC"] = admin_approved_ib_registration_in_mc
        if self.alerts_scheduled is not None:
            alerts_scheduled = self.alerts_scheduled
            field_dict["alertsScheduled"] = alerts_scheduled
        if self.applied_for_bp_electronic_registration is not None:
            applied_for_bp_electronic_registration = self.applied_for_bp_electronic_registration
            field_dict["appliedForBPElectronicRegistration"] = applied_for_bp_electronic_registration
        if self.billpay_id is not None:
            billpay_id = self.billpay_id
            field_dict["billpayId"] = billpay_id
        if self.billpay_scheduled is not None:
            billpay_scheduled = self.billpay_scheduled
            field_dict["billpayScheduled"] = billpay_scheduled
        if self.bp_front_page_false_bp_pending_payments_true is not None:
            bp_front_page_false_bp_pending_payments_true = self.bp_front_page_false_bp_pending_payments_true
            field_dict["bpFrontPageFalseBpPendingPaymentsTrue"] = bp_front_page_false_bp_pending_payments_true
        if self.bp_opt_out is not None:
            bp_opt_out = self.bp_opt_out
            field_dict["bpOptOut"] = bp_opt_out
        if self.days_inactive is not None:
            days_inactive = self.days_inactive
            field_dict["daysInactive"] = days_inactive
        if self.deleted is not None:
            deleted = self.deleted
            field_dict["deleted"] = deleted
        if self.email_mfa_enrolled is not None:
            email_mfa_enrolled = self.email_mfa_enrolled
            field_dict["emailMfaEnrolled"] = email_mfa_enrolled
        if self.entitlements is not None:
            entitlements = self.entitlements
            field_dict["entitlements"] = entitlements
        if self.fi_approval_pending is not None:
            fi_approval_pending = self.fi_approval_pending
            field_dict["fiApprovalPending"] = fi_approval_pending
        if self.fi_approved is not None:
            fi_approved = self.fi_approved
            field_dict["fiApproved"] = fi_approved
        if self.fi_approved_reset is not None:
            fi_approved_reset = self.fi_approved_reset
            field_dict["fiApprovedReset"] = fi_approved_reset
        if self.fi_rejected is not None:
            fi_rejected = self.fi_rejected
            field_dict["fiRejected"] = fi_rejected
        if self.inquiry_only is not None:
            inquiry_only = self.inquiry_only
            field_dict["inquiryOnly"] = inquiry_only
        if self.invalid_email_id is not None:
            invalid_email_id = self.invalid_email_id
            field_dict["invalidEmailId"] = invalid_email_id
        if self.isso_user_enrolled is not None:
            isso_user_enrolled = self.isso_user_enrolled
            field_dict["issoUserEnrolled"] = isso_user_enrolled
        if self.limbo is not None:
            limbo = self.limbo
            field_dict["limbo"] = limbo
        if self.locked is not None:
            locked = self.locked
            field_dict["locked"] = locked
        if self.mfa_enrolled_cookie is not None:
            mfa_enrolled_cookie = self.mfa_enrolled_cookie
            field_dict["mfaEnrolledCookie"] = mfa_enrolled_cookie
        if self.mfa_mandatory is not None:
            mfa_mandatory = self.mfa_mandatory
            field_dict["mfaMandatory"] = mfa_mandatory
        if self.mfa_optional is not None:
            mfa_optional = self.mfa_optional
            field_dict["mfaOptional"] = mfa_optional
        if self.must_change_alt_user_id is not None:
            must_change_alt_user_id = self.must_change_alt_user_id
            field_dict["mustChangeAltUserId"] = must_change_alt_user_id
        if self.must_change_password is not None:
            must_change_password = self.must_change_password
            field_dict["mustChangePassword"] = must_change_password
        if self.needs_to_accept_disclosure is not None:
            needs_to_accept_disclosure = self.needs_to_accept_disclosure
            field_dict["needsToAcceptDisclosure"] = needs_to_accept_disclosure
        if self.needs_to_accept_secondary_disclosure is not None:
            needs_to_accept_secondary_disclosure = self.needs_to_accept_secondary_disclosure
            field_dict["needsToAcceptSecondaryDisclosure"] = needs_to_accept_secondary_disclosure
        if self.new_user is not None:
            new_user = self.new_user
            field_dict["newUser"] = new_user
        if self.on_hold is not None:
            on_hold = self.on_hold
            field_dict["onHold"] = on_hold
        if self.registered is not None:
            registered = self.registered
            field_dict["registered"] = registered
        if self.reinitiated is not None:
            reinitiated = self.reinitiated
            field_dict["reinitiated"] = reinitiated
        if self.reset is not None:
            reset = self.reset
            field_dict["reset"] = reset
        if self.reset_isso_user_enrolled is not None:
            reset_isso_user_enrolled = self.reset_isso_user_enrolled
            field_dict["resetIssoUserEnrolled"] = reset_isso_user_enrolled
        if self.segment_assigned is not None:
            segment_assigned = self.segment_assigned
            field_dict["segmentAssigned"] = segment_assigned
        if self.sms_mobile_activation_confirmed is not None:
            sms_mobile_activation_confirmed = self.sms_mobile_activation_confirmed
            field_dict["smsMobileActivationConfirmed"] = sms_mobile_activation_confirmed
        if self.sms_mobile_enrolled is not None:
            sms_mobile_enrolled = self.sms_mobile_enrolled
            field_dict["smsMobileEnrolled"] = sms_mobile_enrolled
        if self.srt_scheduled is not None:
            srt_scheduled = self.srt_scheduled
            field_dict["srtScheduled"] = srt_scheduled
        if self.subscribed_to_newsletter is not None:
            subscribed_to_newsletter = self.subscribed_to_newsletter
            field_dict["subscribedToNewsletter"] = subscribed_to_newsletter
        if self.subscribed_to_promotional_messages is not None:
            subscribed_to_promotional_messages = self.subscribed_to_promotional_messages
            field_dict["subscribedToPromotionalMessages"] = subscribed_to_promotional_messages
        if self.temporary_password is not None:
            temporary_password = self.temporary_password
            field_dict["temporaryPassword"] = temporary_password
        if self.usp_enrolled is not None:
            usp_enrolled = self.usp_enrolled
            field_dict["uspEnrolled"] = usp_enrolled

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _accepted_disclosure = d.pop("acceptedDisclosure", None)
        accepted_disclosure: bool | None = None
        if _accepted_disclosure is not None:
            accepted_disclosure = _accepted_disclosure
        _active = d.pop("active", None)
        active: bool | None = None
        if _active is not None:
            active = _active
        _admin_approved_ib_registration_in_mc = d.pop("adminApprovedIBRegistrationInMC", None)
        admin_approved_ib_registration_in_mc: bool | None = None
        if _admin_approved_ib_registration_in_mc is not None:
            admin_approved_ib_registration_in_mc = _admin_approved_ib_registration_in_mc
        _alerts_scheduled = d.pop("alertsScheduled", None)
        alerts_scheduled: bool | None = None
        if _alerts_scheduled is not None:
            alerts_scheduled = _alerts_scheduled
        _applied_for_bp_electronic_registration = d.pop("appliedForBPElectronicRegistration", None)
        applied_for_bp_electronic_registration: bool | None = None
        if _applied_for_bp_electronic_registration is not None:
            applied_for_bp_electronic_registration = _applied_for_bp_electronic_registration
        _billpay_id = d.pop("billpayId", None)
        billpay_id: str | None = None
        if _billpay_id is not None:
            billpay_id = _billpay_id
        _billpay_scheduled = d.pop("billpayScheduled", None)
        billpay_scheduled: bool | None = None
        if _billpay_scheduled is not None:
            billpay_scheduled = _billpay_scheduled
        _bp_front_page_false_bp_pending_payments_true = d.pop("bpFrontPageFalseBpPendingPaymentsTrue", None)
        bp_front_page_false_bp_pending_payments_true: bool | None = None
        if _bp_front_page_false_bp_pending_payments_true is not None:
            bp_front_page_false_bp_pending_payments_true = _bp_front_page_false_bp_pending_payments_true
        _bp_opt_out = d.pop("bpOptOut", None)
        bp_opt_out: bool | None = None
        if _bp_opt_out is not None:
            bp_opt_out = _bp_opt_out
        _days_inactive = d.pop("daysInactive", None)
        days_inactive: int | None = None
        if _days_inactive is not None:
            days_inactive = _days_inactive
        _deleted = d.pop("deleted", None)
        deleted: bool | None = None
        if _deleted is not None:
            deleted = _deleted
        _email_mfa_enrolled = d.pop("emailMfaEnrolled", None)
        email_mfa_enrolled: bool | None = None
        if _email_mfa_enrolled is not None:
            email_mfa_enrolled = _email_mfa_enrolled
        _entitlements = d.pop("entitlements", None)
        entitlements: bool | None = None
        if _entitlements is not None:
            entitlements = _entitlements
        _fi_approval_pending = d.pop("fiApprovalPending", None)
        fi_approval_pending: bool | None = None
        if _fi_approval_pending is not None:
            fi_approval_pending = _fi_approval_pending
        _fi_approved = d.pop("fiApproved", None)
        fi_approved: bool | None = None
        if _fi_approved is not None:
            fi_approved = _fi_approved
        _fi_approved_reset = d.pop("fiApprovedReset", None)
        fi_approved_reset: bool | None = None
        if _fi_approved_reset is not None:
            fi_approved_reset = _fi_approved_reset
        _fi_rejected = d.pop("fiRejected", None)
        fi_rejected: bool | None = None
        if _fi_rejected is not None:
            fi_rejected = _fi_rejected
        _inquiry_only = d.pop("inquiryOnly", None)
        inquiry_only: bool | None = None
        if _inquiry_only is not None:
            inquiry_only = _inquiry_only
        _invalid_email_id = d.pop("invalidEmailId", None)
        invalid_email_id: bool | None = None
        if _invalid_email_id is not None:
            invalid_email_id = _invalid_email_id
        _isso_user_enrolled = d.pop("issoUserEnrolled", None)
        isso_user_enrolled: bool | None = None
        if _isso_user_enrolled is not None:
            isso_user_enrolled = _isso_user_enrolled
        _limbo = d.pop("limbo", None)
        limbo: bool | None = None
        if _limbo is not None:
            limbo = _limbo
        _locked = d.pop("locked", None)
        locked: bool | None = None
        if _locked is not None:
            locked = _locked
        _mfa_enrolled_cookie = d.pop("mfaEnrolledCookie", None)
        mfa_enrolled_cookie: bool | None = None
        if _mfa_enrolled_cookie is not None:
            mfa_enrolled_cookie = _mfa_enrolled_cookie
        _mfa_mandatory = d.pop("mfaMandatory", None)
        mfa_mandatory: bool | None = None
        if _mfa_mandatory is not None:
            mfa_mandatory = _mfa_mandatory
        _mfa_optional = d.pop("mfaOptional", None)
        mfa_optional: bool | None = None
        if _mfa_optional is not None:
            mfa_optional = _mfa_optional
        _must_change_alt_user_id = d.pop("mustChangeAltUserId", None)
        must_change_alt_user_id: bool | None = None
        if _must_change_alt_user_id is not None:
            must_change_alt_user_id = _must_change_alt_user_id
        _must_change_password = d.pop("mustChangePassword", None)
        must_change_password: bool | None = None
        if _must_change_password is not None:
            must_change_password = _must_change_password
        _needs_to_accept_disclosure = d.pop("needsToAcceptDisclosure", None)
        needs_to_accept_disclosure: bool | None = None
        if _needs_to_accept_disclosure is not None:
            needs_to_accept_disclosure = _needs_to_accept_disclosure
        _needs_to_accept_secondary_disclosure = d.pop("needsToAcceptSecondaryDisclosure", None)
        needs_to_accept_secondary_disclosure: bool | None = None
        if _needs_to_accept_secondary_disclosure is not None:
            needs_to_accept_secondary_disclosure = _needs_to_accept_secondary_disclosure
        _new_user = d.pop("newUser", None)
        new_user: bool | None = None
        if _new_user is not None:
            new_user = _new_user
        _on_hold = d.pop("onHold", None)
        on_hold: bool | None = None
        if _on_hold is not None:
            on_hold = _on_hold
        _registered = d.pop("registered", None)
        registered: bool | None = None
        if _registered is not None:
            registered = _registered
        _reinitiated = d.pop("reinitiated", None)
        reinitiated: bool | None = None
        if _reinitiated is not None:
            reinitiated = _reinitiated
        _reset = d.pop("reset", None)
        reset: bool | None = None
        if _reset is not None:
            reset = _reset
        _reset_isso_user_enrolled = d.pop("resetIssoUserEnrolled", None)
        reset_isso_user_enrolled: bool | None = None
        if _reset_isso_user_enrolled is not None:
            reset_isso_user_enrolled = _reset_isso_user_enrolled
        _segment_assigned = d.pop("segmentAssigned", None)
        segment_assigned: bool | None = None
        if _segment_assigned is not None:
            segment_assigned = _segment_assigned
        _sms_mobile_activation_confirmed = d.pop("smsMobileActivationConfirmed", None)
        sms_mobile_activation_confirmed: bool | None = None
        if _sms_mobile_activation_confirmed is not None:
            sms_mobile_activation_confirmed = _sms_mobile_activation_confirmed
        _sms_mobile_enrolled = d.pop("smsMobileEnrolled", None)
        sms_mobile_enrolled: bool | None = None
        if _sms_mobile_enrolled is not None:
            sms_mobile_enrolled = _sms_mobile_enrolled
        _srt_scheduled = d.pop("srtScheduled", None)
        srt_scheduled: bool | None = None
        if _srt_scheduled is not None:
            srt_scheduled = _srt_scheduled
        _subscribed_to_newsletter = d.pop("subscribedToNewsletter", None)
        subscribed_to_newsletter: bool | None = None
        if _subscribed_to_newsletter is not None:
            subscribed_to_newsletter = _subscribed_to_newsletter
        _subscribed_to_promotional_messages = d.pop("subscribedToPromotionalMessages", None)
        subscribed_to_promotional_messages: bool | None = None
        if _subscribed_to_promotional_messages is not None:
            subscribed_to_promotional_messages = _subscribed_to_promotional_messages
        _temporary_password = d.pop("temporaryPassword", None)
        temporary_password: bool | None = None
        if _temporary_password is not None:
            temporary_password = _temporary_password
        _usp_enrolled = d.pop("uspEnrolled", None)
        usp_enrolled: bool | None = None
        if _usp_enrolled is not None:
            usp_enrolled = _usp_enrolled
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
