from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_type import ChannelType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="AlertPreferenceDetails")


@_attrs_define
class AlertPreferenceDetails(_Model):
    """
    Attributes:
        alert_pref_id (int | Unset):
        alert_type_name (str | Unset):
        channel_type_name (ChannelType | Unset):
        external_id (str | Unset):
        institution_customer_id (str | Unset):
        institution_id (str | Unset):
    """

    alert_pref_id: int | Unset = UNSET
    alert_type_name: str | Unset = UNSET
    channel_type_name: ChannelType | Unset = UNSET
    external_id: str | Unset = UNSET
    institution_customer_id: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        alert_pref_id = self.alert_pref_id
        alert_type_name = self.alert_type_name
        channel_type_name: str | Unset = UNSET
        if not isinstance(self.channel_type_name, Unset):
            channel_type_name = ChannelType(self.channel_type_name).value

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
        _channel_type_name = d.pop("channelTypeName", UNSET)
        channel_type_name: ChannelType | Unset
        if isinstance(_channel_type_name, Unset):
            channel_type_name = UNSET
        else:
            channel_type_name = ChannelType(_channel_type_name)

        external_id = d.pop("externalId", UNSET)
        institution_customer_id = d.pop("institutionCustomerId", UNSET)
        institution_id = d.pop("institutionId", UNSET)
        alert_preference_details = cls(
            alert_pref_id=alert_pref_id,
            alert_type_name=alert_type_name,
            channel_type_name=channel_type_name,
            external_id=external_id,
            institution_customer_id=institution_customer_id,
            institution_id=institution_id,
        )

        alert_preference_details.additional_properties = d
        return alert_preference_details
