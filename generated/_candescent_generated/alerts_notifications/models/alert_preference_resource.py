from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.alert_preference_account_details_model import AlertPreferenceAccountDetailsModel
    from ..models.alert_preference_details_model import AlertPreferenceDetailsModel
    from ..models.alert_preference_resource_additional_info import AlertPreferenceResourceAdditionalInfo


T = TypeVar("T", bound="AlertPreferenceResource")


@_attrs_define
class AlertPreferenceResource(_Model):
    """A user's choice for one alert type and channel.

    Attributes:
        additional_info (AlertPreferenceResourceAdditionalInfo | Unset): Per-alert settings such as thresholds.
        alert_opted (bool | Unset): true: the user receives this alert.
        alert_preference_account_details (AlertPreferenceAccountDetailsModel | Unset): The account it is about, if any.
        alert_preference_details (AlertPreferenceDetailsModel | Unset): The type, channel and owner.
        allow_callback (bool | Unset): Whether the alert service may call back for data.
        default_preferences (bool | Unset): true when this is an institution default.
    """

    additional_info: AlertPreferenceResourceAdditionalInfo | Unset = UNSET
    alert_opted: bool | Unset = UNSET
    alert_preference_account_details: AlertPreferenceAccountDetailsModel | Unset = UNSET
    alert_preference_details: AlertPreferenceDetailsModel | Unset = UNSET
    allow_callback: bool | Unset = UNSET
    default_preferences: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()
        alert_opted = self.alert_opted
        alert_preference_account_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alert_preference_account_details, Unset):
            alert_preference_account_details = self.alert_preference_account_details.to_dict()
        alert_preference_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alert_preference_details, Unset):
            alert_preference_details = self.alert_preference_details.to_dict()
        allow_callback = self.allow_callback
        default_preferences = self.default_preferences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if alert_opted is not UNSET:
            field_dict["alertOpted"] = alert_opted
        if alert_preference_account_details is not UNSET:
            field_dict["alertPreferenceAccountDetails"] = alert_preference_account_details
        if alert_preference_details is not UNSET:
            field_dict["alertPreferenceDetails"] = alert_preference_details
        if allow_callback is not UNSET:
            field_dict["allowCallback"] = allow_callback
        if default_preferences is not UNSET:
            field_dict["defaultPreferences"] = default_preferences

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_preference_account_details_model import AlertPreferenceAccountDetailsModel
        from ..models.alert_preference_details_model import AlertPreferenceDetailsModel
        from ..models.alert_preference_resource_additional_info import AlertPreferenceResourceAdditionalInfo

        d = dict(src_dict)
        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: AlertPreferenceResourceAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = AlertPreferenceResourceAdditionalInfo.from_dict(_additional_info)

        alert_opted = d.pop("alertOpted", UNSET)
        _alert_preference_account_details = d.pop("alertPreferenceAccountDetails", UNSET)
        alert_preference_account_details: AlertPreferenceAccountDetailsModel | Unset
        if isinstance(_alert_preference_account_details, Unset):
            alert_preference_account_details = UNSET
        else:
            alert_preference_account_details = AlertPreferenceAccountDetailsModel.from_dict(
                _alert_preference_account_details
            )

        _alert_preference_details = d.pop("alertPreferenceDetails", UNSET)
        alert_preference_details: AlertPreferenceDetailsModel | Unset
        if isinstance(_alert_preference_details, Unset):
            alert_preference_details = UNSET
        else:
            alert_preference_details = AlertPreferenceDetailsModel.from_dict(_alert_preference_details)

        allow_callback = d.pop("allowCallback", UNSET)
        default_preferences = d.pop("defaultPreferences", UNSET)
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
