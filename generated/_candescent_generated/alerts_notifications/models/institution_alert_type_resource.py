from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.institution_alert_type_resource_status_optd import InstitutionAlertTypeResourceStatusOptd
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="InstitutionAlertTypeResource")


@_attrs_define
class InstitutionAlertTypeResource(_Model):
    """The institution's setting for one alert type.

    Attributes:
        institution_alert_type_id (int): The setting's numeric id.
        alert_type_name (str): The alert type.
        channels_optd (str): Channels the institution enables for the type, comma-separated.
        reason (str): Why the institution turned it on or off.
        status_optd (InstitutionAlertTypeResourceStatusOptd): ACTIVE: offered to users; INACTIVE: turned off.
        institution_id (str): The institution's id.
    """

    institution_alert_type_id: int | None = None
    alert_type_name: str | None = None
    channels_optd: str | None = None
    reason: str | None = None
    status_optd: InstitutionAlertTypeResourceStatusOptd | None = None
    institution_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.institution_alert_type_id is not None:
            institution_alert_type_id = self.institution_alert_type_id
            field_dict["institutionAlertTypeId"] = institution_alert_type_id
        if self.alert_type_name is not None:
            alert_type_name = self.alert_type_name
            field_dict["alertTypeName"] = alert_type_name
        if self.channels_optd is not None:
            channels_optd = self.channels_optd
            field_dict["channelsOptd"] = channels_optd
        if self.reason is not None:
            reason = self.reason
            field_dict["reason"] = reason
        if self.status_optd is not None:
            status_optd = InstitutionAlertTypeResourceStatusOptd(self.status_optd).value
            field_dict["statusOptd"] = status_optd
        if self.institution_id is not None:
            institution_id = self.institution_id
            field_dict["institutionId"] = institution_id

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _institution_alert_type_id = d.pop("institutionAlertTypeId", None)
        institution_alert_type_id: int | None = None
        if _institution_alert_type_id is not None:
            institution_alert_type_id = _institution_alert_type_id
        _alert_type_name = d.pop("alertTypeName", None)
        alert_type_name: str | None = None
        if _alert_type_name is not None:
            alert_type_name = _alert_type_name
        _channels_optd = d.pop("channelsOptd", None)
        channels_optd: str | None = None
        if _channels_optd is not None:
            channels_optd = _channels_optd
        _reason = d.pop("reason", None)
        reason: str | None = None
        if _reason is not None:
            reason = _reason
        _status_optd = d.pop("statusOptd", None)
        status_optd: InstitutionAlertTypeResourceStatusOptd | None = None
        if _status_optd is not None:
            status_optd = InstitutionAlertTypeResourceStatusOptd(_status_optd)

        _institution_id = d.pop("institutionId", None)
        institution_id: str | None = None
        if _institution_id is not None:
            institution_id = _institution_id
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
