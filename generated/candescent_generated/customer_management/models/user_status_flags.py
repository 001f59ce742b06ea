from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="UserStatusFlags")


@_attrs_define
class UserStatusFlags(_Model):
    """
    Attributes:
        active (bool | Unset):
        on_hold (bool | Unset):
        locked (bool | Unset):
        reset (bool | Unset):
        registered (bool | Unset):
        approved (bool | Unset):
        rejected (bool | Unset):
        invalid_email_id (bool | Unset):
        accepted_disclosure (bool | Unset):
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
        user_status_flags = cls(
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

        user_status_flags.additional_properties = d
        return user_status_flags
