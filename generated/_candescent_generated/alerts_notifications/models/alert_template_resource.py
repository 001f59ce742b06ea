from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_template_resource_state import AlertTemplateResourceState
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.alert_template_resource_variable_map import AlertTemplateResourceVariableMap
    from ..models.channel_content import ChannelContent


T = TypeVar("T", bound="AlertTemplateResource")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.alert_type_name is not None:
            alert_type_name = self.alert_type_name
            field_dict["alertTypeName"] = alert_type_name
        if self.alert_type_resource_id is not None:
            alert_type_resource_id = self.alert_type_resource_id
            field_dict["alertTypeResourceId"] = alert_type_resource_id
        if self.external_system is not None:
            external_system = self.external_system
            field_dict["externalSystem"] = external_system
        if self.institution_id is not None:
            institution_id = self.institution_id
            field_dict["institutionId"] = institution_id
        if self.last_updated_dttm is not None:
            last_updated_dttm = self.last_updated_dttm
            field_dict["lastUpdatedDttm"] = last_updated_dttm
        if self.locale is not None:
            locale = self.locale
            field_dict["locale"] = locale
        if self.state is not None:
            state = AlertTemplateResourceState(self.state).value
            field_dict["state"] = state
        if self.template_contents is not None:
            template_contents = []
            for template_contents_item_data in self.template_contents:
                template_contents_item = template_contents_item_data.to_dict()
                template_contents.append(template_contents_item)

            field_dict["templateContents"] = template_contents
        if self.variable_map is not None:
            variable_map = self.variable_map.to_dict()
            field_dict["variableMap"] = variable_map

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_template_resource_variable_map import AlertTemplateResourceVariableMap
        from ..models.channel_content import ChannelContent

        d = dict(src_dict)
        _alert_type_name = d.pop("alertTypeName", None)
        alert_type_name: str | None = None
        if _alert_type_name is not None:
            alert_type_name = _alert_type_name
        _alert_type_resource_id = d.pop("alertTypeResourceId", None)
        alert_type_resource_id: int | None = None
        if _alert_type_resource_id is not None:
            alert_type_resource_id = _alert_type_resource_id
        _external_system = d.pop("externalSystem", None)
        external_system: str | None = None
        if _external_system is not None:
            external_system = _external_system
        _institution_id = d.pop("institutionId", None)
        institution_id: str | None = None
        if _institution_id is not None:
            institution_id = _institution_id
        _last_updated_dttm = d.pop("lastUpdatedDttm", None)
        last_updated_dttm: str | None = None
        if _last_updated_dttm is not None:
            last_updated_dttm = _last_updated_dttm
        _locale = d.pop("locale", None)
        locale: str | None = None
        if _locale is not None:
            locale = _locale
        _state = d.pop("state", None)
        state: AlertTemplateResourceState | None = None
        if _state is not None:
            state = AlertTemplateResourceState(_state)

        _template_contents = d.pop("templateContents", None)
        template_contents: list[ChannelContent] | None = None
        if _template_contents is not None:
            template_contents = []
            _template_contents = _template_contents
            for template_contents_item_data in _template_contents:
                template_contents_item = ChannelContent.from_dict(template_contents_item_data)

                template_contents.append(template_contents_item)

        _variable_map = d.pop("variableMap", None)
        variable_map: AlertTemplateResourceVariableMap | None = None
        if _variable_map is not None:
            variable_map = AlertTemplateResourceVariableMap.from_dict(_variable_map)

        alert_template_resource = cls(
            alert_type_name=alert_type_name,
            alert_type_resource_id=alert_type_resource_id,
            external_system=external_system,
            institution_id=institution_id,
            last_updated_dttm=last_updated_dttm,
            locale=locale,
            state=state,
            template_contents=template_contents,
            variable_map=variable_map,
        )

        alert_template_resource.additional_properties = d
        return alert_template_resource
