from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.alert_preference_account_details_model import AlertPreferenceAccountDetailsModel
    from ..models.alert_preference_details_model import AlertPreferenceDetailsModel
    from ..models.alert_preference_resource_additional_info import AlertPreferenceResourceAdditionalInfo


T = TypeVar("T", bound="AlertPreferenceResource")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.additional_info is not None:
            additional_info = self.additional_info.to_dict()
            field_dict["additionalInfo"] = additional_info
        if self.alert_opted is not None:
            alert_opted = self.alert_opted
            field_dict["alertOpted"] = alert_opted
        if self.alert_preference_account_details is not None:
            alert_preference_account_details = self.alert_preference_account_details.to_dict()
            field_dict["alertPreferenceAccountDetails"] = alert_preference_account_details
        if self.alert_preference_details is not None:
            alert_preference_details = self.alert_preference_details.to_dict()
            field_dict["alertPreferenceDetails"] = alert_preference_details
        if self.allow_callback is not None:
            allow_callback = self.allow_callback
            field_dict["allowCallback"] = allow_callback
        if self.default_preferences is not None:
            default_preferences = self.default_preferences
            field_dict["defaultPreferences"] = default_preferences

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_preference_account_details_model import AlertPreferenceAccountDetailsModel
        from ..models.alert_preference_details_model import AlertPreferenceDetailsModel
        from ..models.alert_preference_resource_additional_info import AlertPreferenceResourceAdditionalInfo

        d = dict(src_dict)
        _additional_info = d.pop("additionalInfo", None)
        additional_info: AlertPreferenceResourceAdditionalInfo | None = None
        if _additional_info is not None:
            additional_info = AlertPreferenceResourceAdditionalInfo.from_dict(_additional_info)

        _alert_opted = d.pop("alertOpted", None)
        alert_opted: bool | None = None
        if _alert_opted is not None:
            alert_opted = _alert_opted
        _alert_preference_account_details = d.pop("alertPreferenceAccountDetails", None)
        alert_preference_account_details: AlertPreferenceAccountDetailsModel | None = None
        if _alert_preference_account_details is not None:
            alert_preference_account_details = AlertPreferenceAccountDetailsModel.from_dict(
                _alert_preference_account_details
            )

        _alert_preference_details = d.pop("alertPreferenceDetails", None)
        alert_preference_details: AlertPreferenceDetailsModel | None = None
        if _alert_preference_details is not None:
            alert_preference_details = AlertPreferenceDetailsModel.from_dict(_alert_preference_details)

        _allow_callback = d.pop("allowCallback", None)
        allow_callback: bool | None = None
        if _allow_callback is not None:
            allow_callback = _allow_callback
        _default_preferences = d.pop("defaultPreferences", None)
        default_preferences: bool | None = None
        if _default_preferences is not None:
            default_preferences = _default_preferences
        alert_preference_resource = cls(
            additional_info=additional_info,
            alert_opted=alert_opted,
            alert_preference_account_details=alert_preference_account_details,
            alert_preference_details=alert_preference_details,
            allow_callback=allow_callback,
            default_preferences=default_preferences,
        )

        alert_preference_resource.additional_properties = d
        return alert_preference_resource
