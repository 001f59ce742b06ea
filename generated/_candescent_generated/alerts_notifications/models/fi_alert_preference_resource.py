from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"additionalInfo", "institutionAlertPrefId", "alertTypeName", "channelTypeName", "institutionId", "alertOpted"}
)


@_attrs_define
class FiAlertPreferenceResource(_Model):
    """The institution's default for one alert type and channel.

    Attributes:
        additional_info (FiAlertPreferenceResourceAdditionalInfo): Extra settings.
        institution_alert_pref_id (int): The default's numeric id.
        alert_type_name (str): The alert type.
        channel_type_name (str): The channel: EMAIL, SMS, PUSH or WEB.
        institution_id (str): The institution's id.
        alert_opted (bool): true: users receive it unless they opt out.
    """

    additional_info: FiAlertPreferenceResourceAdditionalInfo | None = None
    institution_alert_pref_id: int | None = None
    alert_type_name: str | None = None
    channel_type_name: str | None = None
    institution_id: str | None = None
    alert_opted: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.additional_info is not None:
            field_dict["additionalInfo"] = self.additional_info.to_dict()
        if self.institution_alert_pref_id is not None:
            field_dict["institutionAlertPrefId"] = self.institution_alert_pref_id
        if self.alert_type_name is not None:
            field_dict["alertTypeName"] = self.alert_type_name
        if self.channel_type_name is not None:
            field_dict["channelTypeName"] = self.channel_type_name
        if self.institution_id is not None:
            field_dict["institutionId"] = self.institution_id
        if self.alert_opted is not None:
            field_dict["alertOpted"] = self.alert_opted

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.additional_info = (
            None
            if (v := src_dict.get("additionalInfo")) is None
            else FiAlertPreferenceResourceAdditionalInfo.from_dict(v)
        )
        _self.institution_alert_pref_id = src_dict.get("institutionAlertPrefId")
        _self.alert_type_name = src_dict.get("alertTypeName")
        _self.channel_type_name = src_dict.get("channelTypeName")
        _self.institution_id = src_dict.get("institutionId")
        _self.alert_opted = src_dict.get("alertOpted")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.fi_alert_preference_resource_additional_info import FiAlertPreferenceResourceAdditionalInfo
