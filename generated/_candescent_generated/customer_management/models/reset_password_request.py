from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.reset_password_request_protocol import ResetPasswordRequestProtocol
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"contactMethodId", "protocol"})


@_attrs_define
class ResetPasswordRequest(_Model):
    """
    Attributes:
        contact_method_id (str): Where to send the passcode: an id from getCustomerContactMethods.
        protocol (ResetPasswordRequestProtocol): For a phone number: SMS or VOICE (a call).
    """

    contact_method_id: str
    protocol: ResetPasswordRequestProtocol | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["contactMethodId"] = self.contact_method_id
        if self.protocol is not None:
            field_dict["protocol"] = ResetPasswordRequestProtocol(self.protocol).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.contact_method_id = src_dict["contactMethodId"]
        _self.protocol = (
            None if (v := src_dict.get("protocol")) is None else enum_member(ResetPasswordRequestProtocol, v)
        )
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
