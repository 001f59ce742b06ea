from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"scopes", "appId", "additional_info"})


@_attrs_define
class AuthorizeClientResponse(_Model):
    """The partner client's approved scopes, application id and policy flags.

    Attributes:
        scopes (str): Comma-separated scopes approved for the partner application.
        app_id (str): The partner application's identifier.
        additional_info (AuthorizeClientResponseAdditionalInfo):
    """

    scopes: str
    app_id: str
    additional_info: AuthorizeClientResponseAdditionalInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["scopes"] = self.scopes
        field_dict["appId"] = self.app_id
        field_dict["additional_info"] = self.additional_info.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.scopes = src_dict["scopes"]
        _self.app_id = src_dict["appId"]
        _self.additional_info = AuthorizeClientResponseAdditionalInfo.from_dict(src_dict["additional_info"])
        extra = (
            {}
            if len(src_dict) == 3 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.authorize_client_response_additional_info import AuthorizeClientResponseAdditionalInfo
