from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.institution_alert_type_resource_status_optd import InstitutionAlertTypeResourceStatusOptd
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"institutionAlertTypeId", "alertTypeName", "channelsOptd", "reason", "statusOptd", "institutionId"}
)


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.institution_alert_type_id is not None:
            field_dict["institutionAlertTypeId"] = self.institution_alert_type_id
        if self.alert_type_name is not None:
            field_dict["alertTypeName"] = self.alert_type_name
        if self.channels_optd is not None:
            field_dict["channelsOptd"] = self.channels_optd
        if self.reason is not None:
            field_dict["reason"] = self.reason
        if self.status_optd is not None:
            field_dict["statusOptd"] = InstitutionAlertTypeResourceStatusOptd(self.status_optd).value
        if self.institution_id is not None:
            field_dict["institutionId"] = self.institution_id

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.institution_alert_type_id = src_dict.get("institutionAlertTypeId")
        _self.alert_type_name = src_dict.get("alertTypeName")
        _self.channels_optd = src_dict.get("channelsOptd")
        _self.reason = src_dict.get("reason")
        _self.status_optd = (
            None
            if (v := src_dict.get("statusOptd")) is None
            else enum_member(InstitutionAlertTypeResourceStatusOptd, v)
        )
        _self.institution_id = src_dict.get("institutionId")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
