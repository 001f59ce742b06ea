from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_info_channel_type import ChannelInfoChannelType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.credential import Credential
    from ..models.id_type import IdType
    from ..models.user_status_2 import UserStatus2


T = TypeVar("T", bound="ChannelInfo")


@_attrs_define
class ChannelInfo(_Model):
    """
    Attributes:
        channel_type (ChannelInfoChannelType | Unset): WEB, PFM (personal finance), MOBILE, TPV_API (a third-party API)
            or UNKNOWN.
        credential (Credential | Unset): The channel's login.
        failed_login_count (int | Unset): Failed sign-in attempts on the channel.
        id (IdType | Unset): The channel record's id (in value).
        last_login_date (str | Unset): The last sign-in's date, yyyy-MM-dd±hh:mm (a date with the institution's offset).
        last_login_date_time (str | Unset): The last sign-in, yyyy-MM-ddTHH:mm:ss±hh:mm.
        service (str | Unset): The legacy service behind the channel.
        user_status (UserStatus2 | Unset): The channel's legacy status flags.
        valid_login_count (int | Unset): Successful sign-ins on the channel.
    """

    channel_type: ChannelInfoChannelType | Unset = UNSET
    credential: Credential | Unset = UNSET
    failed_login_count: int | Unset = UNSET
    id: IdType | Unset = UNSET
    last_login_date: str | Unset = UNSET
    last_login_date_time: str | Unset = UNSET
    service: str | Unset = UNSET
    user_status: UserStatus2 | Unset = UNSET
    valid_login_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        channel_type: str | Unset = UNSET
        if not isinstance(self.channel_type, Unset):
            channel_type = ChannelInfoChannelType(self.channel_type).value

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()
        failed_login_count = self.failed_login_count
        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()
        last_login_date = self.last_login_date
        last_login_date_time = self.last_login_date_time
        service = self.service
        user_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_status, Unset):
            user_status = self.user_status.to_dict()
        valid_login_count = self.valid_login_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_type is not UNSET:
            field_dict["channelType"] = channel_type
        if credential is not UNSET:
            field_dict["credential"] = credential
        if failed_login_count is not UNSET:
            field_dict["failedLoginCount"] = failed_login_count
        if id is not UNSET:
            field_dict["id"] = id
        if last_login_date is not UNSET:
            field_dict["lastLoginDate"] = last_login_date
        if last_login_date_time is not UNSET:
            field_dict["lastLoginDateTime"] = last_login_date_time
        if service is not UNSET:
            field_dict["service"] = service
        if user_status is not UNSET:
            field_dict["userStatus"] = user_status
        if valid_login_count is not UNSET:
            field_dict["validLoginCount"] = valid_login_count

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential import Credential
        from ..models.id_type import IdType
        from ..models.user_status_2 import UserStatus2

        d = dict(src_dict)
        _channel_type = d.pop("channelType", UNSET)
        channel_type: ChannelInfoChannelType | Unset
        if isinstance(_channel_type, Unset):
            channel_type = UNSET
        else:
            channel_type = ChannelInfoChannelType(_channel_type)

        _credential = d.pop("credential", UNSET)
        credential: Credential | Unset
        if isinstance(_credential, Unset):
            credential = UNSET
        else:
            credential = Credential.from_dict(_credential)

        failed_login_count = d.pop("failedLoginCount", UNSET)
        _id = d.pop("id", UNSET)
        id: IdType | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = IdType.from_dict(_id)

        last_login_date = d.pop("lastLoginDate", UNSET)
        last_login_date_time = d.pop("lastLoginDateTime", UNSET)
        service = d.pop("service", UNSET)
        _user_status = d.pop("userStatus", UNSET)
        user_status: UserStatus2 | Unset
        if isinstance(_user_status, Unset):
            user_status = UNSET
        else:
            user_status = UserStatus2.from_dict(_user_status)

        valid_login_count = d.pop("validLoginCount", UNSET)
        channel_info = cls(
            channel_type=channel_type,
            credential=credential,
            failed_login_count=failed_login_count,
            id=id,
            last_login_date=last_login_date,
            last_login_date_time=last_login_date_time,
            service=service,
            user_status=user_status,
            valid_login_count=valid_login_count,
        )

        channel_info.additional_properties = d
        return channel_info
