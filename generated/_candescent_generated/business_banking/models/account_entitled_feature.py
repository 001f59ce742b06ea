from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="AccountEntitledFeature")


@_attrs_define
class AccountEntitledFeature(_Model):
    """Entitlements per tax id and per account.

    Attributes:
        entitled_tins (list[EntitledTins]): One entry per tax id of the business.
    """

    entitled_tins: list[EntitledTins]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        entitled_tins = []
        for entitled_tins_item_data in self.entitled_tins:
            entitled_tins_item = entitled_tins_item_data.to_dict()
            entitled_tins.append(entitled_tins_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entitledTins": entitled_tins,
            }
        )

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        entitled_tins = []
        _entitled_tins = d.pop("entitledTins")
        for entitled_tins_item_data in _entitled_tins:
            entitled_tins_item = EntitledTins.from_dict(entitled_tins_item_data)

            entitled_tins.append(entitled_tins_item)

        account_entitled_feature = cls(
            entitled_tins=entitled_tins,
        )

        object.__setattr__(account_entitled_feature, "additional_properties", d)  # no on-setattr hooks
        return account_entitled_feature


from ..models.entitled_tins import EntitledTins
