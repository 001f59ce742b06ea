from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_type_v2 import GrantTypeV2
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="AccessTokenRequestV2")


@_attrs_define
class AccessTokenRequestV2(_Model):
    """Form body of the V2 token request. Which optional fields apply depends on grant_type: password needs username and
    password; authorization_code needs code; refresh_token needs refresh_token; scopes is optional for
    client_credentials and password.

        Attributes:
            grant_type (GrantTypeV2): OAuth 2.0 grant used on the V2 token endpoint.
            scopes (str | Unset): Comma-separated subset of the application's allowed scopes (client_credentials and
                password grants). Omitted means every allowed scope.
            username (str | Unset): Customer's digital banking login id (password grant).
            password (str | Unset): Customer's digital banking password (password grant).
            code (str | Unset): Authorization code from /v1/auth-code (authorization_code grant).
            refresh_token (str | Unset): A refresh token from an earlier password, authorization_code or refresh grant
                (refresh_token grant).
    """

    grant_type: GrantTypeV2
    scopes: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = _attrs_field(repr=False, default=UNSET)
    code: str | Unset = _attrs_field(repr=False, default=UNSET)
    refresh_token: str | Unset = _attrs_field(repr=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        grant_type = GrantTypeV2(self.grant_type).value
        scopes = self.scopes
        username = self.username
        password = self.password
        code = self.code
        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if code is not UNSET:
            field_dict["code"] = code
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grant_type = GrantTypeV2(d.pop("grant_type"))

        scopes = d.pop("scopes", UNSET)
        username = d.pop("username", UNSET)
        password = d.pop("password", UNSET)
        code = d.pop("code", UNSET)
        refresh_token = d.pop("refresh_token", UNSET)
        access_token_request_v2 = cls(
            grant_type=grant_type,
            scopes=scopes,
            username=username,
            password=password,
            code=code,
            refresh_token=refresh_token,
        )

        access_token_request_v2.additional_properties = d
        return access_token_request_v2
