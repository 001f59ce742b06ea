from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_content_channel_type import ChannelContentChannelType
from ..models.channel_content_template_content_type import ChannelContentTemplateContentType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="ChannelContent")


@_attrs_define
class ChannelContent(_Model):
    """One channel's template text.

    Attributes:
        alert_template_resource_id (int | Unset): The template it belongs to.
        channel_type (ChannelContentChannelType | Unset): EMAIL, SMS, PUSH or WEB.
        template_content (str | Unset): Text with placeholders, e.g. {{accountNumber}}.
        template_content_type (ChannelContentTemplateContentType | Unset): The text's kind, e.g. subject or body.
    """

    alert_template_resource_id: int | Unset = UNSET
    channel_type: ChannelContentChannelType | Unset = UNSET
    template_content: str | Unset = UNSET
    template_content_type: ChannelContentTemplateContentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        alert_template_resource_id = self.alert_template_resource_id
        channel_type: str | Unset = UNSET
        if not isinstance(self.channel_type, Unset):
            channel_type = ChannelContentChannelType(self.channel_type).value

        template_content = self.template_content
        template_content_type: str | Unset = UNSET
        if not isinstance(self.template_content_type, Unset):
            template_content_type = ChannelContentTemplateContentType(self.template_content_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert_template_resource_id is not UNSET:
            field_dict["alertTemplateResourceId"] = alert_template_resource_id
        if channel_type is not UNSET:
            field_dict["channelType"] = channel_type
        if template_content is not UNSET:
            field_dict["templateContent"] = template_content
        if template_content_type is not UNSET:
            field_dict["templateContentType"] = template_content_type

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        alert_template_resource_id = d.pop("alertTemplateResourceId", UNSET)
        _channel_type = d.pop("channelType", UNSET)
        channel_type: ChannelContentChannelType | Unset
        if isinstance(_channel_type, Unset):
            channel_type = UNSET
        else:
            channel_type = ChannelContentChannelType(_channel_type)

        template_content = d.pop("templateContent", UNSET)
        _template_content_type = d.pop("templateContentType", UNSET)
        template_content_type: ChannelContentTemplateContentType | Unset
        if isinstance(_template_content_type, Unset):
            template_content_type = UNSET
        else:
            template_content_type = ChannelContentTemplateContentType(_template_content_type)

        channel_content = cls(
            alert_template_resource_id=alert_template_resource_id,
            channel_type=channel_type,
            template_content=template_content,
            template_content_type=template_content_type,
        )

        channel_content.additional_properties = d
        return channel_content
