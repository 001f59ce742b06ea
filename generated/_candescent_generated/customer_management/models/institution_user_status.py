from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"active", "onHold", "locked", "reset", "registered", "approved", "rejected"})


@_attrs_define
class InstitutionUserStatus(_Model):
    """The user's state flags; a flag that is not true is absent.

    Attributes:
        active (bool): The user may sign in.
        on_hold (bool): The institution put the user on hold.
        locked (bool): Locked after failed sign-ins.
        reset (bool): The institution reset the user's password.
        registered (bool): The user completed digital-banking registration.
        approved (bool): The institution approved the user's registration.
        rejected (bool): The institution rejected the user's registration.
    """

    active: bool | None = None
    on_hold: bool | None = None
    locked: bool | None = None
    reset: bool | None = None
    registered: bool | None = None
    approved: bool | None = None
    rejected: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.active is not None:
            field_dict["active"] = self.active
        if self.on_hold is not None:
            field_dict["onHold"] = self.on_hold
        if self.locked is not None:
            field_dict["locked"] = self.locked
        if self.reset is not None:
            field_dict["reset"] = self.reset
        if self.registered is not None:
            field_dict["registered"] = self.registered
        if self.approved is not None:
            field_dict["approved"] = self.approved
        if self.rejected is not None:
            field_dict["rejected"] = self.rejected

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.active = src_dict.get("active")
        _self.on_hold = src_dict.get("onHold")
        _self.locked = src_dict.get("locked")
        _self.reset = src_dict.get("reset")
        _self.registered = src_dict.get("registered")
        _self.approved = src_dict.get("approved")
        _self.rejected = src_dict.get("rejected")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
