from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


@_attrs_define
class AccountEntitledFeature(_Model):
    """Entitlements per tax id and per account.

    Attributes:
        entitled_tins (list[EntitledTins]): One entry per tax id of the business.
    """

    entitled_tins: list[EntitledTins]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["entitledTins"] = []
        for entitled_tins_item_data in self.entitled_tins:
            entitled_tins_item = entitled_tins_item_data.to_dict()
            field_dict["entitledTins"].append(entitled_tins_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self = cls(
            entitled_tins=[EntitledTins.from_dict(item) for item in d.pop("entitledTins")],
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.entitled_tins import EntitledTins
