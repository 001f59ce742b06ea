from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_template_resource_state import AlertTemplateResourceState
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.alert_template_resource_variable_map import AlertTemplateResourceVariableMap
    from ..models.channel_content import ChannelContent


T = TypeVar("T", bound="AlertTemplateResource")


@_attrs_define
class AlertTemplateResource(_Model):
    """An alert template: the text sent per channel for an alert type, in one locale.

    Attributes:
        alert_type_name (str | Unset): The alert type it is for.
        alert_type_resource_id (int | Unset): The template's id (used by update, delete and the list's id filter).
        external_system (str | Unset): The vendor, for third-party events.
        institution_id (str | Unset): The institution's id.
        last_updated_dttm (str | Unset): When the template last changed.
        locale (str | Unset): e.g. en_US, es_US.
        state (AlertTemplateResourceState | Unset): DRAFT, PUBLISHED or ARCHIVED.
        template_contents (list[ChannelContent] | Unset): The text per channel.
        variable_map (AlertTemplateResourceVariableMap | Unset): Placeholder names and what each stands for.
    """

    alert_type_name: str | Unset = UNSET
    alert_type_resource_id: int | Unset = UNSET
    external_system: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    last_updated_dttm: str | Unset = UNSET
    locale: str | Unset = UNSET
    state: AlertTemplateResourceState | Unset = UNSET
    template_contents: list[ChannelContent] | Unset = UNSET
    variable_map: AlertTemplateResourceVariableMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        alert_type_name = self.alert_type_name
        alert_type_resource_id = self.alert_type_resource_id
        external_system = self.external_system
        institution_id = self.institution_id
        last_updated_dttm = self.last_updated_dttm
        locale = self.locale
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = AlertTemplateResourceState(self.state).value

        template_contents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.template_contents, Unset):
            template_contents = []
            for template_contents_item_data in self.template_contents:
                template_contents_item = template_contents_item_data.to_dict()
                template_contents.append(template_contents_item)

        variable_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variable_map, Unset):
            variable_map = self.variable_map.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert_type_name is not UNSET:
            field_dict["alertTypeName"] = alert_type_name
        if alert_type_resource_id is not UNSET:
            field_dict["alertTypeResourceId"] = alert_type_resource_id
        if external_system is not UNSET:
            field_dict["externalSystem"] = external_system
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id
        if last_updated_dttm is not UNSET:
            field_dict["lastUpdatedDttm"] = last_updated_dttm
        if locale is not UNSET:
            field_dict["locale"] = locale
        if state is not UNSET:
            field_dict["state"] = state
        if template_contents is not UNSET:
            field_dict["templateContents"] = template_contents
        if variable_map is not UNSET:
            field_dict["variableMap"] = variable_map

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_template_resource_variable_map import AlertTemplateResourceVariableMap
        from ..models.channel_content import ChannelContent

        d = dict(src_dict)
        alert_type_name = d.pop("alertTypeName", UNSET)
        alert_type_resource_id = d.pop("alertTypeResourceId", UNSET)
        external_system = d.pop("externalSystem", UNSET)
        institution_id = d.pop("institutionId", UNSET)
        last_updated_dttm = d.pop("lastUpdatedDttm", UNSET)
        locale = d.pop("locale", UNSET)
        _state = d.pop("state", UNSET)
        state: AlertTemplateResourceState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = AlertTemplateResourceState(_state)

        _template_contents = d.pop("templateContents", UNSET)
        template_contents: list[ChannelContent] | Unset = UNSET
        if _template_contents is not UNSET:
            template_contents = []
            for template_contents_item_data in _template_contents:
                template_contents_item = ChannelContent.from_dict(template_contents_item_data)

                template_contents.append(template_contents_item)

        _variable_map = d.pop("variableMap", UNSET)
        variable_map: AlertTemplateResourceVariableMap | Unset
        if isinstance(_variable_map, Unset):
            variable_map = UNSET
        else:
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
