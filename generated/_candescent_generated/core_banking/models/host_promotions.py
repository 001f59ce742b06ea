from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="HostPromotions")


@_attrs_define
class HostPromotions(_Model):
    """A card's promotional balances.

    Attributes:
        host_promotion (list[HostPromotion]): One element per promotion.
    """

    host_promotion: list[HostPromotion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        host_promotion = []
        for host_promotion_item_data in self.host_promotion:
            host_promotion_item = host_promotion_item_data.to_dict()
            host_promotion.append(host_promotion_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostPromotion": host_promotion,
            }
        )

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        host_promotion = []
        _host_promotion = d.pop("hostPromotion")
        for host_promotion_item_data in _host_promotion:
            host_promotion_item = HostPromotion.from_dict(host_promotion_item_data)

            host_promotion.append(host_promotion_item)

        host_promotions = cls(
            host_promotion=host_promotion,
        )

        object.__setattr__(host_promotions, "additional_properties", d)  # no on-setattr hooks
        return host_promotions


from ..models.host_promotion import HostPromotion
