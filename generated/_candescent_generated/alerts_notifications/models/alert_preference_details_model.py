from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"alertPrefId", "alertTypeName", "channelTypeName", "externalId", "institutionCustomerId", "institutionId"}
)


@_attrs_define
class AlertPreferenceDetailsModel(_Model):
    """What an alert preference is: type, channel, owner.

    Attributes:
        alert_pref_id (int): The preference's numeric id.
        alert_type_name (str): The alert type.
        channel_type_name (str): The channel: EMAIL, SMS, PUSH or WEB.
        external_id (str): The preference's external id.
        institution_customer_id (str): The business it belongs to, for a business user.
        institution_id (str): The institution's id.
    """

    alert_pref_id: int | None = None
    alert_type_name: str | None = None
    channel_type_name: str | None = None
    external_id: str | None = None
    institution_customer_id: str | None = None
    institution_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.alert_pref_id is not None:
            field_dict["alertPrefId"] = self.alert_pref_id
        if self.alert_type_name is not None:
            field_dict["alertTypeName"] = self.alert_type_name
        if self.channel_type_name is not None:
            field_dict["channelTypeName"] = self.channel_type_name
        if self.external_id is not None:
            field_dict["externalId"] = self.external_id
        if self.institution_customer_id is not None:
            field_dict["institutionCustomerId"] = self.institution_customer_id
        if self.institution_id is not None:
            field_dict["institutionId"] = self.institution_id

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.alert_pref_id = src_dict.get("alertPrefId")
        _self.alert_type_name = src_dict.get("alertTypeName")
        _self.channel_type_name = src_dict.get("channelTypeName")
        _self.external_id = src_dict.get("externalId")
        _self.institution_customer_id = src_dict.get("institutionCustomerId")
        _self.institution_id = src_dict.get("institutionId")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
