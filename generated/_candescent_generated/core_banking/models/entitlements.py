from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text


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
        d = dict(src_dict)
        _self = cls(
            entitlements=[Entitlement.from_dict(item) for item in d.pop("entitlements")],
            auth_id=xml_text(d.pop("authId", None)),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.entitlement import Entitlement
