from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.channel_content_channel_type import ChannelContentChannelType
from ..models.channel_content_template_content_type import ChannelContentTemplateContentType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"alertTemplateResourceId", "channelType", "templateContent", "templateContentType"}
)


@_attrs_define
class ChannelContent(_Model):
    """One channel's template text.

    Attributes:
        alert_template_resource_id (int): The template it belongs to.
        channel_type (ChannelContentChannelType): EMAIL, SMS, PUSH or WEB.
        template_content (str): Text with placeholders, e.g. {{accountNumber}}.
        template_content_type (ChannelContentTemplateContentType): The text's kind, e.g. subject or body.
    """

    alert_template_resource_id: int | None = None
    channel_type: ChannelContentChannelType | None = None
    template_content: str | None = None
    template_content_type: ChannelContentTemplateContentType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.alert_template_resource_id is not None:
            field_dict["alertTemplateResourceId"] = self.alert_template_resource_id
        if self.channel_type is not None:
            field_dict["channelType"] = ChannelContentChannelType(self.channel_type).value
        if self.template_content is not None:
            field_dict["templateContent"] = self.template_content
        if self.template_content_type is not None:
            field_dict["templateContentType"] = ChannelContentTemplateContentType(self.template_content_type).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.alert_template_resource_id = src_dict.get("alertTemplateResourceId")
        _self.channel_type = (
            None if (v := src_dict.get("channelType")) is None else enum_member(ChannelContentChannelType, v)
        )
        _self.template_content = src_dict.get("templateContent")
        _self.template_content_type = (
            None
            if (v := src_dict.get("templateContentType")) is None
            else enum_member(ChannelContentTemplateContentType, v)
        )
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
