from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="UserStatus")


@_attrs_define
class UserStatus(_Model):
    """
    Attributes:
        active (bool): The user may sign in.
        on_hold (bool): The institution put the user on hold.
        locked (bool): Locked after failed sign-ins (unlockUser clears it).
        reset (bool): The institution reset the user's password.
        registered (bool): The user completed digital-banking registration.
        approved (bool): The institution approved the user's registration.
        rejected (bool): The institution rejected the user's registration.
        invalid_email_id (bool): The email address on file is marked invalid.
        accepted_disclosure (bool): The user accepted the digital-banking disclosure.
    """

    active: bool | None = None
    on_hold: bool | None = None
    locked: bool | None = None
    reset: bool | None = None
    registered: bool | None = None
    approved: bool | None = None
    rejected: bool | None = None
    invalid_email_id: bool | None = None
    accepted_disclosure: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.active is not None:
            active = self.active
            field_dict["active"] = active
        if self.on_hold is not None:
            on_hold = self.on_hold
            field_dict["onHold"] = on_hold
        if self.locked is not None:
            locked = self.locked
            field_dict["locked"] = locked
        if self.reset is not None:
            reset = self.reset
            field_dict["reset"] = reset
        if self.registered is not None:
            registered = self.registered
            field_dict["registered"] = registered
        if self.approved is not None:
            approved = self.approved
            field_dict["approved"] = approved
        if self.rejected is not None:
            rejected = self.rejected
            field_dict["rejected"] = rejected
        if self.invalid_email_id is not None:
            invalid_email_id = self.invalid_email_id
            field_dict["invalidEmailId"] = invalid_email_id
        if self.accepted_disclosure is not None:
            accepted_disclosure = self.accepted_disclosure
            field_dict["acceptedDisclosure"] = accepted_disclosure

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _active = d.pop("active", None)
        active: bool | None = None
        if _active is not None:
            active = _active
        _on_hold = d.pop("onHold", None)
        on_hold: bool | None = None
        if _on_hold is not None:
            on_hold = _on_hold
        _locked = d.pop("locked", None)
        locked: bool | None = None
        if _locked is not None:
            locked = _locked
        _reset = d.pop("reset", None)
        reset: bool | None = None
        if _reset is not None:
            reset = _reset
        _registered = d.pop("registered", None)
        registered: bool | None = None
        if _registered is not None:
            registered = _registered
        _approved = d.pop("approved", None)
        approved: bool | None = None
        if _approved is not None:
            approved = _approved
        _rejected = d.pop("rejected", None)
        rejected: bool | None = None
        if _rejected is not None:
            rejected = _rejected
        _invalid_email_id = d.pop("invalidEmailId", None)
        invalid_email_id: bool | None = None
        if _invalid_email_id is not None:
            invalid_email_id = _invalid_email_id
        _accepted_disclosure = d.pop("acceptedDisclosure", None)
        accepted_disclosure: bool | None = None
        if _accepted_disclosure is not None:
            accepted_disclosure = _accepted_disclosure
        user_status = cls(
            active=active,
            on_hold=on_hold,
            locked=locked,
            reset=reset,
            registered=registered,
            approved=approved,
            rejected=rejected,
            invalid_email_id=invalid_email_id,
            accepted_disclosure=accepted_disclosure,
        )

        user_status.additional_properties = d
        return user_status
