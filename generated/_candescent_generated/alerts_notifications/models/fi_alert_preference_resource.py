from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.fi_alert_preference_resource_additional_info import FiAlertPreferenceResourceAdditionalInfo


T = TypeVar("T", bound="FiAlertPreferenceResource")


@_attrs_define
class FiAlertPreferenceResource(_Model):
    """The institution's default for one alert type and channel.

    Attributes:
        additional_info (FiAlertPreferenceResourceAdditionalInfo | Unset): Extra settings.
        institution_alert_pref_id (int | Unset): The default's numeric id.
        alert_type_name (str | Unset): The alert type.
        channel_type_name (str | Unset): The channel: EMAIL, SMS, PUSH or WEB.
        institution_id (str | Unset): The institution's id.
        alert_opted (bool | Unset): true: users receive it unless they opt out.
    """

    additional_info: FiAlertPreferenceResourceAdditionalInfo | Unset = UNSET
    institution_alert_pref_id: int | Unset = UNSET
    alert_type_name: str | Unset = UNSET
    channel_type_name: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    alert_opted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()
        institution_alert_pref_id = self.institution_alert_pref_id
        alert_type_name = self.alert_type_name
        channel_type_name = self.channel_type_name
        institution_id = self.institution_id
        alert_opted = self.alert_opted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if institution_alert_pref_id is not UNSET:
            field_dict["institutionAlertPrefId"] = institution_alert_pref_id
        if alert_type_name is not UNSET:
            field_dict["alertTypeName"] = alert_type_name
        if channel_type_name is not UNSET:
            field_dict["channelTypeName"] = channel_type_name
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id
        if alert_opted is not UNSET:
            field_dict["alertOpted"] = alert_opted

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fi_alert_preference_resource_additional_info import FiAlertPreferenceResourceAdditionalInfo

        d = dict(src_dict)
        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: FiAlertPreferenceResourceAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = FiAlertPreferenceResourceAdditionalInfo.from_dict(_additional_info)

        institution_alert_pref_id = d.pop("institutionAlertPrefId", UNSET)
        alert_type_name = d.pop("alertTypeName", UNSET)
        channel_type_name = d.pop("channelTypeName", UNSET)
        institution_id = d.pop("institutionId", UNSET)
        alert_opted = d.pop("alertOpted", UNSET)
        fi_alert_preference_resource = cls(
            additional_info=additional_info,
            institution_alert_pref_id=institution_alert_pref_id,
            alert_type_name=alert_type_name,
            channel_type_name=channel_type_name,
            institution_id=institution_id,
            alert_opted=alert_opted,
        )

        fi_alert_preference_resource.additional_properties = d
        return fi_alert_preference_resource
