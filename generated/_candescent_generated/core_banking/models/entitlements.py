from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset({"entitlements", "authId"})


@_attrs_define
class Entitlements(_Model):
    """What business users may do with an account.

    Attributes:
        entitlements (list[Entitlement]): One element per entitlement.
        auth_id (str): The business user the entitlements are for.
    """

    entitlements: list[Entitlement]
    auth_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["entitlements"] = []
        for entitlements_item_data in self.entitlements:
            entitlements_item = entitlements_item_data.to_dict()
            field_dict["entitlements"].append(entitlements_item)

        if self.auth_id is not None:
            field_dict["authId"] = self.auth_id

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.entitlements = [Entitlement.from_dict(item) for item in src_dict["entitlements"]]
        _self.auth_id = xml_text(src_dict.get("authId"))
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.entitlement import Entitlement
