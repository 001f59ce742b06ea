from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="UserStatus")


@_attrs_define
class UserStatus(_Model):
    """
    Attributes:
        active (bool | Unset): The user may sign in.
        on_hold (bool | Unset): The institution put the user on hold.
        locked (bool | Unset): Locked after failed sign-ins (unlockUser clears it).
        reset (bool | Unset): The institution reset the user's password.
        registered (bool | Unset): The user completed digital-banking registration.
        approved (bool | Unset): The institution approved the user's registration.
        rejected (bool | Unset): The institution rejected the user's registration.
        invalid_email_id (bool | Unset): The email address on file is marked invalid.
        accepted_disclosure (bool | Unset): The user accepted the digital-banking disclosure.
    """

    active: bool | Unset = UNSET
    on_hold: bool | Unset = UNSET
    locked: bool | Unset = UNSET
    reset: bool | Unset = UNSET
    registered: bool | Unset = UNSET
    approved: bool | Unset = UNSET
    rejected: bool | Unset = UNSET
    invalid_email_id: bool | Unset = UNSET
    accepted_disclosure: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        active = self.active
        on_hold = self.on_hold
        locked = self.locked
        reset = self.reset
        registered = self.registered
        approved = self.approved
        rejected = self.rejected
        invalid_email_id = self.invalid_email_id
        accepted_disclosure = self.accepted_disclosure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if on_hold is not UNSET:
            field_dict["onHold"] = on_hold
        if locked is not UNSET:
            field_dict["locked"] = locked
        if reset is not UNSET:
            field_dict["reset"] = reset
        if registered is not UNSET:
            field_dict["registered"] = registered
        if approved is not UNSET:
            field_dict["approved"] = approved
        if rejected is not UNSET:
            field_dict["rejected"] = rejected
        if invalid_email_id is not UNSET:
            field_dict["invalidEmailId"] = invalid_email_id
        if accepted_disclosure is not UNSET:
            field_dict["acceptedDisclosure"] = accepted_disclosure

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        on_hold = d.pop("onHold", UNSET)
        locked = d.pop("locked", UNSET)
        reset = d.pop("reset", UNSET)
        registered = d.pop("registered", UNSET)
        approved = d.pop("approved", UNSET)
        rejected = d.pop("rejected", UNSET)
        invalid_email_id = d.pop("invalidEmailId", UNSET)
        accepted_disclosure = d.pop("acceptedDisclosure", UNSET)
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
