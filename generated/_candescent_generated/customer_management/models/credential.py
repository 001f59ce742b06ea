from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.credential_pin_option import CredentialPinOption
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"cifNumber", "loginId", "newLoginId", "oldPassword", "password", "pinOption"})


@_attrs_define
class Credential(_Model):
    """A login; its password fields are secrets (never logged, hidden from repr).

    Attributes:
        cif_number (str): The customer's CIF (customer information file) number at the host.
        login_id (str):
        new_login_id (str): A new login id, when changing it.
        old_password (str):
        password (str):
        pin_option (CredentialPinOption): How the host PIN is set: STANDARD_PIN, DEFAULT_PIN or CYBER_PIN.
    """

    cif_number: str | None = None
    login_id: str | None = None
    new_login_id: str | None = None
    old_password: str | None = _attrs_field(repr=False, default=None)
    password: str | None = _attrs_field(repr=False, default=None)
    pin_option: CredentialPinOption | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cif_number is not None:
            field_dict["cifNumber"] = self.cif_number
        if self.login_id is not None:
            field_dict["loginId"] = self.login_id
        if self.new_login_id is not None:
            field_dict["newLoginId"] = self.new_login_id
        if self.old_password is not None:
            field_dict["oldPassword"] = self.old_password
        if self.password is not None:
            field_dict["password"] = self.password
        if self.pin_option is not None:
            field_dict["pinOption"] = CredentialPinOption(self.pin_option).value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.cif_number = src_dict.get("cifNumber")
        _self.login_id = src_dict.get("loginId")
        _self.new_login_id = src_dict.get("newLoginId")
        _self.old_password = src_dict.get("oldPassword")
        _self.password = src_dict.get("password")
        _self.pin_option = None if (v := src_dict.get("pinOption")) is None else enum_member(CredentialPinOption, v)
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
