from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.grant_type_v1 import GrantTypeV1
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset({"grant_type", "username", "password"})


@_attrs_define
class AccessTokenRequestV1(_Model):
    """Form body of the legacy V1 token request; username and password are needed with the password grant (retail users
    only).

        Attributes:
            grant_type (GrantTypeV1): OAuth grant used on the legacy V1 token endpoint.
            username (str): Retail customer's login id (password grant).
            password (str): Retail customer's password (password grant).
    """

    grant_type: GrantTypeV1
    username: str | None = None
    password: str | None = _attrs_field(repr=False, default=None)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["grant_type"] = GrantTypeV1(self.grant_type).value
        if self.username is not None:
            field_dict["username"] = self.username
        if self.password is not None:
            field_dict["password"] = self.password

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.grant_type = enum_member(GrantTypeV1, xml_text(src_dict["grant_type"]))
        _self.username = xml_text(src_dict.get("username"))
        _self.password = xml_text(src_dict.get("password"))
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
