from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_pin_option import CredentialPinOption
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="Credential")


@_attrs_define
class Credential(_Model):
    """A login; its password fields are secrets (never logged, hidden from repr).

    Attributes:
        cif_number (str | Unset): The customer's CIF (customer information file) number at the host.
        login_id (str | Unset):
        new_login_id (str | Unset): A new login id, when changing it.
        old_password (str | Unset):
        password (str | Unset):
        pin_option (CredentialPinOption | Unset): How the host PIN is set: STANDARD_PIN, DEFAULT_PIN or CYBER_PIN.
    """

    cif_number: str | Unset = UNSET
    login_id: str | Unset = UNSET
    new_login_id: str | Unset = UNSET
    old_password: str | Unset = _attrs_field(repr=False, default=UNSET)
    password: str | Unset = _attrs_field(repr=False, default=UNSET)
    pin_option: CredentialPinOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        cif_number = self.cif_number
        login_id = self.login_id
        new_login_id = self.new_login_id
        old_password = self.old_password
        password = self.password
        pin_option: str | Unset = UNSET
        if not isinstance(self.pin_option, Unset):
            pin_option = CredentialPinOption(self.pin_option).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cif_number is not UNSET:
            field_dict["cifNumber"] = cif_number
        if login_id is not UNSET:
            field_dict["loginId"] = login_id
        if new_login_id is not UNSET:
            field_dict["newLoginId"] = new_login_id
        if old_password is not UNSET:
            field_dict["oldPassword"] = old_password
        if password is not UNSET:
            field_dict["password"] = password
        if pin_option is not UNSET:
            field_dict["pinOption"] = pin_option

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cif_number = d.pop("cifNumber", UNSET)
        login_id = d.pop("loginId", UNSET)
        new_login_id = d.pop("newLoginId", UNSET)
        old_password = d.pop("oldPassword", UNSET)
        password = d.pop("password", UNSET)
        _pin_option = d.pop("pinOption", UNSET)
        pin_option: CredentialPinOption | Unset
        if isinstance(_pin_option, Unset):
            pin_option = UNSET
        else:
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
