from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.grant_type_v2 import GrantTypeV2
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"grant_type", "scopes", "username", "password", "code", "refresh_token"})


@_attrs_define
class AccessTokenRequestV2(_Model):
    """Form body of the V2 token request. Which optional fields apply depends on grant_type: password needs username and
    password; authorization_code needs code; refresh_token needs refresh_token; scopes is optional for
    client_credentials and password.

        Attributes:
            grant_type (GrantTypeV2): OAuth 2.0 grant used on the V2 token endpoint.
            scopes (str): Comma-separated subset of the application's allowed scopes (client_credentials and password
                grants). Omitted means every allowed scope.
            username (str): Customer's digital banking login id (password grant).
            password (str): Customer's digital banking password (password grant).
            code (str): Authorization code from /v1/auth-code (authorization_code grant).
            refresh_token (str): A refresh token from an earlier password, authorization_code or refresh grant
                (refresh_token grant).
    """

    grant_type: GrantTypeV2
    scopes: str | None = None
    username: str | None = None
    password: str | None = _attrs_field(repr=False, default=None)
    code: str | None = _attrs_field(repr=False, default=None)
    refresh_token: str | None = _attrs_field(repr=False, default=None)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["grant_type"] = GrantTypeV2(self.grant_type).value
        if self.scopes is not None:
            field_dict["scopes"] = self.scopes
        if self.username is not None:
            field_dict["username"] = self.username
        if self.password is not None:
            field_dict["password"] = self.password
        if self.code is not None:
            field_dict["code"] = self.code
        if self.refresh_token is not None:
            field_dict["refresh_token"] = self.refresh_token

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.grant_type = enum_member(GrantTypeV2, src_dict["grant_type"])
        _self.scopes = src_dict.get("scopes")
        _self.username = src_dict.get("username")
        _self.password = src_dict.get("password")
        _self.code = src_dict.get("code")
        _self.refresh_token = src_dict.get("refresh_token")
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
