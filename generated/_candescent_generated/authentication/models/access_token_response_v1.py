from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "di_fiid",
        "access_token",
        "expires_in",
        "di_ficustomer",
        "di_member_number",
        "refresh_token",
        "refresh_token_expires_in",
    }
)


@_attrs_define
class AccessTokenResponseV1(_Model):
    """Legacy V1 token (XML root <token>). The password grant adds di_ficustomer, di_member_number, refresh_token and
    refresh_token_expires_in.

        Attributes:
            di_fiid (str): Financial institution the token is scoped to.
            access_token (str): Bearer token for the legacy V1 APIs.
            expires_in (str): Lifetime in seconds, sent as a string; the facade converts it.
            di_ficustomer (str): Legacy customer GUID (password grant).
            di_member_number (str): Customer's member number (password grant).
            refresh_token (str): Refresh token (password grant); this endpoint has no refresh grant.
            refresh_token_expires_in (str): Refresh token lifetime in seconds, sent as a string (password grant).
    """

    di_fiid: str
    access_token: str = _attrs_field(repr=False)
    expires_in: str
    di_ficustomer: str | None = None
    di_member_number: str | None = None
    refresh_token: str | None = _attrs_field(repr=False, default=None)
    refresh_token_expires_in: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["di_fiid"] = self.di_fiid
        field_dict["access_token"] = self.access_token
        field_dict["expires_in"] = self.expires_in
        if self.di_ficustomer is not None:
            field_dict["di_ficustomer"] = self.di_ficustomer
        if self.di_member_number is not None:
            field_dict["di_member_number"] = self.di_member_number
        if self.refresh_token is not None:
            field_dict["refresh_token"] = self.refresh_token
        if self.refresh_token_expires_in is not None:
            field_dict["refresh_token_expires_in"] = self.refresh_token_expires_in

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.di_fiid = xml_text(src_dict["di_fiid"])
        _self.access_token = xml_text(src_dict["access_token"])
        _self.expires_in = xml_text(src_dict["expires_in"])
        _self.di_ficustomer = xml_text(src_dict.get("di_ficustomer"))
        _self.di_member_number = xml_text(src_dict.get("di_member_number"))
        _self.refresh_token = xml_text(src_dict.get("refresh_token"))
        _self.refresh_token_expires_in = xml_text(src_dict.get("refresh_token_expires_in"))
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
