from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


@_attrs_define
class AuthorizationCodeResponse(_Model):
    """A freshly issued authorization code.

    Attributes:
        code (str): Short-lived authorization code to exchange at the token endpoint.
        redirect_uri (str): Redirect URI configured for the partner application.
    """

    code: str = _attrs_field(repr=False)
    redirect_uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["redirect_uri"] = self.redirect_uri

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self = cls(
            code=d.pop("code"),
            redirect_uri=d.pop("redirect_uri"),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
