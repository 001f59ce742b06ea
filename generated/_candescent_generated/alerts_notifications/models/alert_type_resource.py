from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_type_resource_status import AlertTypeResourceStatus
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.alert_type_resource_additional_info import AlertTypeResourceAdditionalInfo


T = TypeVar("T", bound="AlertTypeResource")


@_attrs_define
class AlertTypeResource(_Model):
    """An alert type the platform can raise.

    Attributes:
        additional_info (AlertTypeResourceAdditionalInfo | Unset): Extra facts about the type.
        alert_category (str | Unset): e.g. ATM Withdrawal, Visa Low Balance.
        alert_type_id (int | Unset): The type's numeric id.
        alert_type_name (str | Unset): The type's name (the key other APIs use).
        applicable_account_types (str | Unset): Account types the alert applies to, comma-separated.
        channels (str | Unset): Channels the alert can use, comma-separated (EMAIL, SMS, PUSH, WEB).
        description (str | Unset): What the alert tells the user.
        display_alert_type_name (str | Unset): The name shown to users.
        event_type_domain (str | Unset): What raises it: Account, Transaction or Notification events.
        external_system (str | Unset): The vendor
        institution_id (str | Unset): The institution's id.
        status (AlertTypeResourceStatus | Unset): ACTIVE or INACTIVE.
    """

    additional_info: AlertTypeResourceAdditionalInfo | Unset = UNSET
    alert_category: str | Unset = UNSET
    alert_type_id: int | Unset = UNSET
    alert_type_name: str | Unset = UNSET
    applicable_account_types: str | Unset = UNSET
    channels: str | Unset = UNSET
    description: str | Unset = UNSET
    display_alert_type_name: str | Unset = UNSET
    event_type_domain: str | Unset = UNSET
    external_system: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    status: AlertTypeResourceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()
        alert_category = self.alert_category
        alert_type_id = self.alert_type_id
        alert_type_name = self.alert_type_name
        applicable_account_types = self.applicable_account_types
        channels = self.channels
        description = self.description
        display_alert_type_name = self.display_alert_type_name
        event_type_domain = self.event_type_domain
        external_system = self.external_system
        institution_id = self.institution_id
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = AlertTypeResourceStatus(self.status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if alert_category is not UNSET:
            field_dict["alertCategory"] = alert_category
        if alert_type_id is not UNSET:
            field_dict["alertTypeId"] = alert_type_id
        if alert_type_name is not UNSET:
            field_dict["alertTypeName"] = alert_type_name
        if applicable_account_types is not UNSET:
            field_dict["applicableAccountTypes"] = applicable_account_types
        if channels is not UNSET:
            field_dict["channels"] = channels
        if description is not UNSET:
            field_dict["description"] = description
        if display_alert_type_name is not UNSET:
            field_dict["displayAlertTypeName"] = display_alert_type_name
        if event_type_domain is not UNSET:
            field_dict["eventTypeDomain"] = event_type_domain
        if external_system is not UNSET:
            field_dict["externalSystem"] = external_system
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id
        if status is not UNSET:
            field_dict["status"] = status

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_type_resource_additional_info import AlertTypeResourceAdditionalInfo

        d = dict(src_dict)
        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: AlertTypeResourceAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = AlertTypeResourceAdditionalInfo.from_dict(_additional_info)

        alert_category = d.pop("alertCategory", UNSET)
        alert_type_id = d.pop("alertTypeId", UNSET)
        alert_type_name = d.pop("alertTypeName", UNSET)
        applicable_account_types = d.pop("applicableAccountTypes", UNSET)
        channels = d.pop("channels", UNSET)
        description = d.pop("description", UNSET)
        display_alert_type_name = d.pop("displayAlertTypeName", UNSET)
        event_type_domain = d.pop("eventTypeDomain", UNSET)
        external_system = d.pop("externalSystem", UNSET)
        institution_id = d.pop("institutionId", UNSET)
        _status = d.pop("status", UNSET)
        status: AlertTypeResourceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AlertTypeResourceStatus(_status)

        alert_type_resource = cls(
            additional_info=additional_info,
            alert_category=alert_category,
            alert_type_id=alert_type_id,
            alert_type_name=alert_type_name,
            applicable_account_types=applicable_account_types,
            channels=channels,
            description=description,
            display_alert_type_name=display_alert_type_name,
            event_type_domain=event_type_domain,
            external_system=external_system,
            institution_id=institution_id,
            status=status,
        )

        alert_type_resource.additional_properties = d
        return alert_type_resource
