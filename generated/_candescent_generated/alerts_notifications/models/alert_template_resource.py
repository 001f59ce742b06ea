from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.alert_template_resource_state import AlertTemplateResourceState
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "alertTypeName",
        "alertTypeResourceId",
        "externalSystem",
        "institutionId",
        "lastUpdatedDttm",
        "locale",
        "state",
        "templateContents",
        "variableMap",
    }
)


@_attrs_define
class AlertTemplateResource(_Model):
    """An alert template: the text sent per channel for an alert type, in one locale.

    Attributes:
        alert_type_name (str): The alert type it is for.
        alert_type_resource_id (int): The template's id (used by update, delete and the list's id filter).
        external_system (str): The vendor, for third-party events.
        institution_id (str): The institution's id.
        last_updated_dttm (str): When the template last changed.
        locale (str): e.g. en_US, es_US.
        state (AlertTemplateResourceState): DRAFT, PUBLISHED or ARCHIVED.
        template_contents (list[ChannelContent]): The text per channel.
        variable_map (AlertTemplateResourceVariableMap): Placeholder names and what each stands for.
    """

    alert_type_name: str | None = None
    alert_type_resource_id: int | None = None
    external_system: str | None = None
    institution_id: str | None = None
    last_updated_dttm: str | None = None
    locale: str | None = None
    state: AlertTemplateResourceState | None = None
    template_contents: list[ChannelContent] | None = None
    variable_map: AlertTemplateResourceVariableMap | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.alert_type_name is not None:
            field_dict["alertTypeName"] = self.alert_type_name
        if self.alert_type_resource_id is not None:
            field_dict["alertTypeResourceId"] = self.alert_type_resource_id
        if self.external_system is not None:
            field_dict["externalSystem"] = self.external_system
        if self.institution_id is not None:
            field_dict["institutionId"] = self.institution_id
        if self.last_updated_dttm is not None:
            field_dict["lastUpdatedDttm"] = self.last_updated_dttm
        if self.locale is not None:
            field_dict["locale"] = self.locale
        if self.state is not None:
            field_dict["state"] = AlertTemplateResourceState(self.state).value
        if self.template_contents is not None:
            field_dict["templateContents"] = []
            for template_contents_item_data in self.template_contents:
                template_contents_item = template_contents_item_data.to_dict()
                field_dict["templateContents"].append(template_contents_item)

        if self.variable_map is not None:
            field_dict["variableMap"] = self.variable_map.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.alert_type_name = src_dict.get("alertTypeName")
        _self.alert_type_resource_id = src_dict.get("alertTypeResourceId")
        _self.external_system = src_dict.get("externalSystem")
        _self.institution_id = src_dict.get("institutionId")
        _self.last_updated_dttm = src_dict.get("lastUpdatedDttm")
        _self.locale = src_dict.get("locale")
        _self.state = None if (v := src_dict.get("state")) is None else enum_member(AlertTemplateResourceState, v)
        _self.template_contents = (
            None if (v := src_dict.get("templateContents")) is None else [ChannelContent.from_dict(item) for item in v]
        )
        _self.variable_map = (
            None if (v := src_dict.get("variableMap")) is None else AlertTemplateResourceVariableMap.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.alert_template_resource_variable_map import AlertTemplateResourceVariableMap
from ..models.channel_content import ChannelContent
