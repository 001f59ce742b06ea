from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_pin_option import CredentialPinOption
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="Credential")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cif_number is not None:
            cif_number = self.cif_number
            field_dict["cifNumber"] = cif_number
        if self.login_id is not None:
            login_id = self.login_id
            field_dict["loginId"] = login_id
        if self.new_login_id is not None:
            new_login_id = self.new_login_id
            field_dict["newLoginId"] = new_login_id
        if self.old_password is not None:
            old_password = self.old_password
            field_dict["oldPassword"] = old_password
        if self.password is not None:
            password = self.password
            field_dict["password"] = password
        if self.pin_option is not None:
            pin_option = CredentialPinOption(self.pin_option).value
            field_dict["pinOption"] = pin_option

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _cif_number = d.pop("cifNumber", None)
        cif_number: str | None = None
        if _cif_number is not None:
            cif_number = _cif_number
        _login_id = d.pop("loginId", None)
        login_id: str | None = None
        if _login_id is not None:
            login_id = _login_id
        _new_login_id = d.pop("newLoginId", None)
        new_login_id: str | None = None
        if _new_login_id is not None:
            new_login_id = _new_login_id
        _old_password = d.pop("oldPassword", None)
        old_password: str | None = None
        if _old_password is not None:
            old_password = _old_password
        _password = d.pop("password", None)
        password: str | None = None
        if _password is not None:
            password = _password
        _pin_option = d.pop("pinOption", None)
        pin_option: CredentialPinOption | None = None
        if _pin_option is not None:
            pin_option = CredentialPinOption(_pin_option)

        credential = cls(
            cif_number=cif_number,
            login_id=login_id,
            new_login_id=new_login_id,
            old_password=old_password,
            password=password,
            pin_option=pin_option,
        )

        credential.additional_properties = d
        return credential
