from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.alert_type_resource_status import AlertTypeResourceStatus
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "additionalInfo",
        "alertCategory",
        "alertTypeId",
        "alertTypeName",
        "applicableAccountTypes",
        "channels",
        "description",
        "displayAlertTypeName",
        "eventTypeDomain",
        "externalSystem",
        "institutionId",
        "status",
    }
)


@_attrs_define
class AlertTypeResource(_Model):
    """An alert type the platform can raise.

    Attributes:
        additional_info (AlertTypeResourceAdditionalInfo): Extra facts about the type.
        alert_category (str): e.g. ATM Withdrawal, Visa Low Balance.
        alert_type_id (int): The type's numeric id.
        alert_type_name (str): The type's name (the key other APIs use).
        applicable_account_types (str): Account types the alert applies to, comma-separated.
        channels (str): Channels the alert can use, comma-separated (EMAIL, SMS, PUSH, WEB).
        description (str): What the alert tells the user.
        display_alert_type_name (str): The name shown to users.
        event_type_domain (str): What raises it: Account, Transaction or Notification events.
        external_system (str): The vendor
        institution_id (str): The institution's id.
        status (AlertTypeResourceStatus): ACTIVE or INACTIVE.
    """

    additional_info: AlertTypeResourceAdditionalInfo | None = None
    alert_category: str | None = None
    alert_type_id: int | None = None
    alert_type_name: str | None = None
    applicable_account_types: str | None = None
    channels: str | None = None
    description: str | None = None
    display_alert_type_name: str | None = None
    event_type_domain: str | None = None
    external_system: str | None = None
    institution_id: str | None = None
    status: AlertTypeResourceStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.additional_info is not None:
            field_dict["additionalInfo"] = self.additional_info.to_dict()
        if self.alert_category is not None:
            field_dict["alertCategory"] = self.alert_category
        if self.alert_type_id is not None:
            field_dict["alertTypeId"] = self.alert_type_id
        if self.alert_type_name is not None:
            field_dict["alertTypeName"] = self.alert_type_name
        if self.applicable_account_types is not None:
            field_dict["applicableAccountTypes"] = self.applicable_account_types
        if self.channels is not None:
            field_dict["channels"] = self.channels
        if self.description is not None:
            field_dict["description"] = self.description
        if self.display_alert_type_name is not None:
            field_dict["displayAlertTypeName"] = self.display_alert_type_name
        if self.event_type_domain is not None:
            field_dict["eventTypeDomain"] = self.event_type_domain
        if self.external_system is not None:
            field_dict["externalSystem"] = self.external_system
        if self.institution_id is not None:
            field_dict["institutionId"] = self.institution_id
        if self.status is not None:
            field_dict["status"] = AlertTypeResourceStatus(self.status).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.additional_info = (
            None if (v := src_dict.get("additionalInfo")) is None else AlertTypeResourceAdditionalInfo.from_dict(v)
        )
        _self.alert_category = src_dict.get("alertCategory")
        _self.alert_type_id = src_dict.get("alertTypeId")
        _self.alert_type_name = src_dict.get("alertTypeName")
        _self.applicable_account_types = src_dict.get("applicableAccountTypes")
        _self.channels = src_dict.get("channels")
        _self.description = src_dict.get("description")
        _self.display_alert_type_name = src_dict.get("displayAlertTypeName")
        _self.event_type_domain = src_dict.get("eventTypeDomain")
        _self.external_system = src_dict.get("externalSystem")
        _self.institution_id = src_dict.get("institutionId")
        _self.status = None if (v := src_dict.get("status")) is None else enum_member(AlertTypeResourceStatus, v)
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.alert_type_resource_additional_info import AlertTypeResourceAdditionalInfo
