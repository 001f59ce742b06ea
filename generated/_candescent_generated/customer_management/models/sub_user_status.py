from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.user_status_additional_info import UserStatusAdditionalInfo


T = TypeVar("T", bound="SubUserStatus")


@_attrs_define
class SubUserStatus(_Model):
    """A sub-user's status: the true flags of InstitutionUserStatus, plus counters and hold details.

    Attributes:
        active (bool | Unset): The user may sign in.
        on_hold (bool | Unset): The institution put the user on hold.
        locked (bool | Unset): Locked after failed sign-ins.
        reset (bool | Unset): The institution reset the user's password.
        registered (bool | Unset): The user completed digital-banking registration.
        approved (bool | Unset): The institution approved the user's registration.
        rejected (bool | Unset): The institution rejected the user's registration.
        institution_user_id (str | Unset): The sub-user's id at the institution.
        additional_info (UserStatusAdditionalInfo | Unset): Counters and hold details.
    """

    active: bool | Unset = UNSET
    on_hold: bool | Unset = UNSET
    locked: bool | Unset = UNSET
    reset: bool | Unset = UNSET
    registered: bool | Unset = UNSET
    approved: bool | Unset = UNSET
    rejected: bool | Unset = UNSET
    institution_user_id: str | Unset = UNSET
    additional_info: UserStatusAdditionalInfo | Unset = UNSET
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
        institution_user_id = self.institution_user_id
        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

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
        if institution_user_id is not UNSET:
            field_dict["institutionUserId"] = institution_user_id
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_status_additional_info import UserStatusAdditionalInfo

        d = dict(src_dict)
        active = d.pop("active", UNSET)
        on_hold = d.pop("onHold", UNSET)
        locked = d.pop("locked", UNSET)
        reset = d.pop("reset", UNSET)
        registered = d.pop("registered", UNSET)
        approved = d.pop("approved", UNSET)
        rejected = d.pop("rejected", UNSET)
        institution_user_id = d.pop("institutionUserId", UNSET)
        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: UserStatusAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = UserStatusAdditionalInfo.from_dict(_additional_info)

        sub_user_status = cls(
            active=active,
            on_hold=on_hold,
            locked=locked,
            reset=reset,
            registered=registered,
            approved=approved,
            rejected=rejected,
            institution_user_id=institution_user_id,
            additional_info=additional_info,
        )

        sub_user_status.additional_properties = d
        return sub_user_status
