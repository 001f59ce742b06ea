from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text

if TYPE_CHECKING:
    from ..models.fi_customer_request_channel_infos_channel_info_item_credential import (
        FICustomerRequestChannelInfosChannelInfoItemCredential,
    )


T = TypeVar("T", bound="FICustomerRequestChannelInfosChannelInfoItem")


@_attrs_define
class FICustomerRequestChannelInfosChannelInfoItem(_Model):
    """
    Attributes:
        channel_type (str):
        credential (FICustomerRequestChannelInfosChannelInfoItemCredential):
    """

    channel_type: str | None = None
    credential: FICustomerRequestChannelInfosChannelInfoItemCredential | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.channel_type is not None:
            channel_type = self.channel_type
            field_dict["channelType"] = channel_type
        if self.credential is not None:
            credential = self.credential.to_dict()
            field_dict["credential"] = credential

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fi_customer_request_channel_infos_channel_info_item_credential import (
            FICustomerRequestChannelInfosChannelInfoItemCredential,
        )

        d = dict(src_dict)
        _channel_type = xml_text(d.pop("channelType", None))
        channel_type: str | None = None
        if _channel_type is not None:
            channel_type = _channel_type
        _credential = d.pop("credential", None)
        credential: FICustomerRequestChannelInfosChannelInfoItemCredential | None = None
        if _credential is not None:
            credential = FICustomerRequestChannelInfosChannelInfoItemCredential.from_dict(_credential)

        fi_customer_request_channel_infos_channel_info_item = cls(
            channel_type=channel_type,
            credential=credential,
        )

        fi_customer_request_channel_infos_channel_info_item.additional_properties = d
        return fi_customer_request_channel_infos_channel_info_item
