from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.institution_alert_type_resource_status_optd import InstitutionAlertTypeResourceStatusOptd
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="InstitutionAlertTypeResource")


@_attrs_define
class InstitutionAlertTypeResource(_Model):
    """The institution's setting for one alert type.

    Attributes:
        institution_alert_type_id (int | Unset): The setting's numeric id.
        alert_type_name (str | Unset): The alert type.
        channels_optd (str | Unset): Channels the institution enables for the type, comma-separated.
        reason (str | Unset): Why the institution turned it on or off.
        status_optd (InstitutionAlertTypeResourceStatusOptd | Unset): ACTIVE: offered to users; INACTIVE: turned off.
        institution_id (str | Unset): The institution's id.
    """

    institution_alert_type_id: int | Unset = UNSET
    alert_type_name: str | Unset = UNSET
    channels_optd: str | Unset = UNSET
    reason: str | Unset = UNSET
    status_optd: InstitutionAlertTypeResourceStatusOptd | Unset = UNSET
    institution_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        institution_alert_type_id = self.institution_alert_type_id
        alert_type_name = self.alert_type_name
        channels_optd = self.channels_optd
        reason = self.reason
        status_optd: str | Unset = UNSET
        if not isinstance(self.status_optd, Unset):
            status_optd = InstitutionAlertTypeResourceStatusOptd(self.status_optd).value

        institution_id = self.institution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if institution_alert_type_id is not UNSET:
            field_dict["institutionAlertTypeId"] = institution_alert_type_id
        if alert_type_name is not UNSET:
            field_dict["alertTypeName"] = alert_type_name
        if channels_optd is not UNSET:
            field_dict["channelsOptd"] = channels_optd
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status_optd is not UNSET:
            field_dict["statusOptd"] = status_optd
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        institution_alert_type_id = d.pop("institutionAlertTypeId", UNSET)
        alert_type_name = d.pop("alertTypeName", UNSET)
        channels_optd = d.pop("channelsOptd", UNSET)
        reason = d.pop("reason", UNSET)
        _status_optd = d.pop("statusOptd", UNSET)
        status_optd: InstitutionAlertTypeResourceStatusOptd | Unset
        if isinstance(_status_optd, Unset):
            status_optd = UNSET
        else:
            status_optd = InstitutionAlertTypeResourceStatusOptd(_status_optd)

        institution_id = d.pop("institutionId", UNSET)
        institution_alert_type_resource = cls(
            institution_alert_type_id=institution_alert_type_id,
            alert_type_name=alert_type_name,
            channels_optd=channels_optd,
            reason=reason,
            status_optd=status_optd,
            institution_id=institution_id,
        )

        institution_alert_type_resource.additional_properties = d
        return institution_alert_type_resource
