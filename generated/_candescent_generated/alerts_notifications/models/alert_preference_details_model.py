from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="AlertPreferenceDetailsModel")


@_attrs_define
class AlertPreferenceDetailsModel(_Model):
    """What an alert preference is: type, channel, owner.

    Attributes:
        alert_pref_id (int | Unset): The preference's numeric id.
        alert_type_name (str | Unset): The alert type.
        channel_type_name (str | Unset): The channel: EMAIL, SMS, PUSH or WEB.
        external_id (str | Unset): The preference's external id.
        institution_customer_id (str | Unset): The business it belongs to, for a business user.
        institution_id (str | Unset): The institution's id.
    """

    alert_pref_id: int | Unset = UNSET
    alert_type_name: str | Unset = UNSET
    channel_type_name: str | Unset = UNSET
    external_id: str | Unset = UNSET
    institution_customer_id: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        alert_pref_id = self.alert_pref_id
        alert_type_name = self.alert_type_name
        channel_type_name = self.channel_type_name
        external_id = self.external_id
        institution_customer_id = self.institution_customer_id
        institution_id = self.institution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert_pref_id is not UNSET:
            field_dict["alertPrefId"] = alert_pref_id
        if alert_type_name is not UNSET:
            field_dict["alertTypeName"] = alert_type_name
        if channel_type_name is not UNSET:
            field_dict["channelTypeName"] = channel_type_name
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if institution_customer_id is not UNSET:
            field_dict["institutionCustomerId"] = institution_customer_id
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        alert_pref_id = d.pop("alertPrefId", UNSET)
        alert_type_name = d.pop("alertTypeName", UNSET)
        channel_type_name = d.pop("channelTypeName", UNSET)
        external_id = d.pop("externalId", UNSET)
        institution_customer_id = d.pop("institutionCustomerId", UNSET)
        institution_id = d.pop("institutionId", UNSET)
        alert_preference_details_model = cls(
            alert_pref_id=alert_pref_id,
            alert_type_name=alert_type_name,
            channel_type_name=channel_type_name,
            external_id=external_id,
            institution_customer_id=institution_customer_id,
            institution_id=institution_id,
        )

        alert_preference_details_model.additional_properties = d
        return alert_preference_details_model
