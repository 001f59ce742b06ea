from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.channel_info_channel_type import ChannelInfoChannelType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "channelType",
        "credential",
        "failedLoginCount",
        "id",
        "lastLoginDate",
        "lastLoginDateTime",
        "service",
        "userStatus",
        "validLoginCount",
    }
)


@_attrs_define
class ChannelInfo(_Model):
    """
    Attributes:
        channel_type (ChannelInfoChannelType): WEB, PFM (personal finance), MOBILE, TPV_API (a third-party API) or
            UNKNOWN.
        credential (Credential): The channel's login.
        failed_login_count (int): Failed sign-in attempts on the channel.
        id (IdType): The channel record's id (in value).
        last_login_date (str): The last sign-in's date, yyyy-MM-dd±hh:mm (a date with the institution's offset).
        last_login_date_time (str): The last sign-in, yyyy-MM-ddTHH:mm:ss±hh:mm.
        service (str): The legacy service behind the channel.
        user_status (UserStatus2): The channel's legacy status flags.
        valid_login_count (int): Successful sign-ins on the channel.
    """

    channel_type: ChannelInfoChannelType | None = None
    credential: Credential | None = None
    failed_login_count: int | None = None
    id: IdType | None = None
    last_login_date: str | None = None
    last_login_date_time: str | None = None
    service: str | None = None
    user_status: UserStatus2 | None = None
    valid_login_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.channel_type is not None:
            field_dict["channelType"] = ChannelInfoChannelType(self.channel_type).value
        if self.credential is not None:
            field_dict["credential"] = self.credential.to_dict()
        if self.failed_login_count is not None:
            field_dict["failedLoginCount"] = self.failed_login_count
        if self.id is not None:
            field_dict["id"] = self.id.to_dict()
        if self.last_login_date is not None:
            field_dict["lastLoginDate"] = self.last_login_date
        if self.last_login_date_time is not None:
            field_dict["lastLoginDateTime"] = self.last_login_date_time
        if self.service is not None:
            field_dict["service"] = self.service
        if self.user_status is not None:
            field_dict["userStatus"] = self.user_status.to_dict()
        if self.valid_login_count is not None:
            field_dict["validLoginCount"] = self.valid_login_count

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.channel_type = (
            None if (v := src_dict.get("channelType")) is None else enum_member(ChannelInfoChannelType, v)
        )
        _self.credential = None if (v := src_dict.get("credential")) is None else Credential.from_dict(v)
        _self.failed_login_count = src_dict.get("failedLoginCount")
        _self.id = None if (v := src_dict.get("id")) is None else IdType.from_dict(v)
        _self.last_login_date = src_dict.get("lastLoginDate")
        _self.last_login_date_time = src_dict.get("lastLoginDateTime")
        _self.service = src_dict.get("service")
        _self.user_status = None if (v := src_dict.get("userStatus")) is None else UserStatus2.from_dict(v)
        _self.valid_login_count = src_dict.get("validLoginCount")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.credential import Credential
from ..models.id_type import IdType
from ..models.user_status_2 import UserStatus2
