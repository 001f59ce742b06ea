from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.user_status_info import UserStatusInfo


T = TypeVar("T", bound="SubUserStatus")


@_attrs_define
class SubUserStatus(_Model):
    """
    Attributes:
        institution_user_id (str | Unset):
        active (bool | Unset):
        on_hold (bool | Unset):
        locked (bool | Unset):
        reset (bool | Unset):
        additional_info (UserStatusInfo | Unset):
    """

    institution_user_id: str | Unset = UNSET
    active: bool | Unset = UNSET
    on_hold: bool | Unset = UNSET
    locked: bool | Unset = UNSET
    reset: bool | Unset = UNSET
    additional_info: UserStatusInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        institution_user_id = self.institution_user_id
        active = self.active
        on_hold = self.on_hold
        locked = self.locked
        reset = self.reset
        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if institution_user_id is not UNSET:
            field_dict["institutionUserId"] = institution_user_id
        if active is not UNSET:
            field_dict["active"] = active
        if on_hold is not UNSET:
            field_dict["onHold"] = on_hold
        if locked is not UNSET:
            field_dict["locked"] = locked
        if reset is not UNSET:
            field_dict["reset"] = reset
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_status_info import UserStatusInfo

        d = dict(src_dict)
        institution_user_id = d.pop("institutionUserId", UNSET)
        active = d.pop("active", UNSET)
        on_hold = d.pop("onHold", UNSET)
        locked = d.pop("locked", UNSET)
        reset = d.pop("reset", UNSET)
        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: UserStatusInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = UserStatusInfo.from_dict(_additional_info)

        sub_user_status = cls(
            institution_user_id=institution_user_id,
            active=active,
            on_hold=on_hold,
            locked=locked,
            reset=reset,
            additional_info=additional_info,
        )

        sub_user_status.additional_properties = d
        return sub_user_status
