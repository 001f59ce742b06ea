from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"secondary_authentication_enabled", "consent_enabled", "device_registration_enabled"}
)


@_attrs_define
class AuthorizeClientResponseAdditionalInfo(_Model):
    """
    Attributes:
        secondary_authentication_enabled (bool):
        consent_enabled (bool):
        device_registration_enabled (bool):
    """

    secondary_authentication_enabled: bool
    consent_enabled: bool
    device_registration_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["secondary_authentication_enabled"] = self.secondary_authentication_enabled
        field_dict["consent_enabled"] = self.consent_enabled
        field_dict["device_registration_enabled"] = self.device_registration_enabled

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.secondary_authentication_enabled = src_dict["secondary_authentication_enabled"]
        _self.consent_enabled = src_dict["consent_enabled"]
        _self.device_registration_enabled = src_dict["device_registration_enabled"]
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
