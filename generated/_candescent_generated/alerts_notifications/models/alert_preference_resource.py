from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "additionalInfo",
        "alertOpted",
        "alertPreferenceAccountDetails",
        "alertPreferenceDetails",
        "allowCallback",
        "defaultPreferences",
    }
)


@_attrs_define
class AlertPreferenceResource(_Model):
    """A user's choice for one alert type and channel.

    Attributes:
        additional_info (AlertPreferenceResourceAdditionalInfo): Per-alert settings such as thresholds.
        alert_opted (bool): true: the user receives this alert.
        alert_preference_account_details (AlertPreferenceAccountDetailsModel): The account it is about, if any.
        alert_preference_details (AlertPreferenceDetailsModel): The type, channel and owner.
        allow_callback (bool): Whether the alert service may call back for data.
        default_preferences (bool): true when this is an institution default.
    """

    additional_info: AlertPreferenceResourceAdditionalInfo | None = None
    alert_opted: bool | None = None
    alert_preference_account_details: AlertPreferenceAccountDetailsModel | None = None
    alert_preference_details: AlertPreferenceDetailsModel | None = None
    allow_callback: bool | None = None
    default_preferences: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.additional_info is not None:
            field_dict["additionalInfo"] = self.additional_info.to_dict()
        if self.alert_opted is not None:
            field_dict["alertOpted"] = self.alert_opted
        if self.alert_preference_account_details is not None:
            field_dict["alertPreferenceAccountDetails"] = self.alert_preference_account_details.to_dict()
        if self.alert_preference_details is not None:
            field_dict["alertPreferenceDetails"] = self.alert_preference_details.to_dict()
        if self.allow_callback is not None:
            field_dict["allowCallback"] = self.allow_callback
        if self.default_preferences is not None:
            field_dict["defaultPreferences"] = self.default_preferences

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.additional_info = (
            None
            if (v := src_dict.get("additionalInfo")) is None
            else AlertPreferenceResourceAdditionalInfo.from_dict(v)
        )
        _self.alert_opted = src_dict.get("alertOpted")
        _self.alert_preference_account_details = (
            None
            if (v := src_dict.get("alertPreferenceAccountDetails")) is None
            else AlertPreferenceAccountDetailsModel.from_dict(v)
        )
        _self.alert_preference_details = (
            None if (v := src_dict.get("alertPreferenceDetails")) is None else AlertPreferenceDetailsModel.from_dict(v)
        )
        _self.allow_callback = src_dict.get("allowCallback")
        _self.default_preferences = src_dict.get("defaultPreferences")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.alert_preference_account_details_model import AlertPreferenceAccountDetailsModel
from ..models.alert_preference_details_model import AlertPreferenceDetailsModel
from ..models.alert_preference_resource_additional_info import AlertPreferenceResourceAdditionalInfo
