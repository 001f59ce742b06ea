from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"access_token", "token_type", "expires_in", "refresh_token", "refresh_token_expires_in", "id_token"}
)


@_attrs_define
class AccessTokenResponseV2(_Model):
    """The V2 token response. refresh_token and refresh_token_expires_in come with the password and refresh_token grants
    (and authorization_code when offline_access was requested); id_token comes with the authorization_code grant.

        Attributes:
            access_token (str): Bearer token for subsequent calls.
            token_type (str): Token type, normally Bearer.
            expires_in (str): Access token lifetime in seconds, sent as a string (e.g. "2591999"); the facade converts it to
                a number.
            refresh_token (str): Token for obtaining a new access token (password, refresh_token, offline
                authorization_code).
            refresh_token_expires_in (str): Refresh token lifetime in seconds, sent as a string (e.g. "15551999").
            id_token (str): OpenID Connect identity token (JWT), authorization_code grant only.
    """

    access_token: str = _attrs_field(repr=False)
    token_type: str
    expires_in: str
    refresh_token: str | None = _attrs_field(repr=False, default=None)
    refresh_token_expires_in: str | None = None
    id_token: str | None = _attrs_field(repr=False, default=None)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["access_token"] = self.access_token
        field_dict["token_type"] = self.token_type
        field_dict["expires_in"] = self.expires_in
        if self.refresh_token is not None:
            field_dict["refresh_token"] = self.refresh_token
        if self.refresh_token_expires_in is not None:
            field_dict["refresh_token_expires_in"] = self.refresh_token_expires_in
        if self.id_token is not None:
            field_dict["id_token"] = self.id_token

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.access_token = src_dict["access_token"]
        _self.token_type = src_dict["token_type"]
        _self.expires_in = src_dict["expires_in"]
        _self.refresh_token = src_dict.get("refresh_token")
        _self.refresh_token_expires_in = src_dict.get("refresh_token_expires_in")
        _self.id_token = src_dict.get("id_token")
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
