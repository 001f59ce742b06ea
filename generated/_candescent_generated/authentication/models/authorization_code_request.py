from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"scopes", "client_id", "username", "institution_user_id", "requested_scopes", "nonce", "aud", "auth_time"}
)


@_attrs_define
class AuthorizationCodeRequest(_Model):
    """Form body for generating an authorization code. Providing nonce, aud or requested_scopes selects the OpenID Connect
    flow.

        Attributes:
            scopes (str): Comma-separated API scopes (at least one, within the partner application's allowed scopes) bound
                to the code and the resulting token.
            client_id (str): Partner application's client id (must differ from the calling application).
            username (str): The signed-in user's login id.
            institution_user_id (str): The signed-in user's institution user id.
            requested_scopes (str): Comma-separated OpenID Connect scopes (openid, profile, offline_access).
            nonce (str): OIDC nonce tying the client session to the request.
            aud (str): OIDC audience of the request.
            auth_time (str): When the user authenticated, Unix epoch seconds as a string (copied to the ID token's auth_time
                claim).
    """

    scopes: str
    client_id: str
    username: str
    institution_user_id: str
    requested_scopes: str | None = None
    nonce: str | None = None
    aud: str | None = None
    auth_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["scopes"] = self.scopes
        field_dict["client_id"] = self.client_id
        field_dict["username"] = self.username
        field_dict["institution_user_id"] = self.institution_user_id
        if self.requested_scopes is not None:
            field_dict["requested_scopes"] = self.requested_scopes
        if self.nonce is not None:
            field_dict["nonce"] = self.nonce
        if self.aud is not None:
            field_dict["aud"] = self.aud
        if self.auth_time is not None:
            field_dict["auth_time"] = self.auth_time

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.scopes = src_dict["scopes"]
        _self.client_id = src_dict["client_id"]
        _self.username = src_dict["username"]
        _self.institution_user_id = src_dict["institution_user_id"]
        _self.requested_scopes = src_dict.get("requested_scopes")
        _self.nonce = src_dict.get("nonce")
        _self.aud = src_dict.get("aud")
        _self.auth_time = src_dict.get("auth_time")
        extra = (
            {}
            if len(src_dict) == 4 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
