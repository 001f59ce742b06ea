from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text

T = TypeVar("T", bound="Entitlements")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        entitlements = []
        for entitlements_item_data in self.entitlements:
            entitlements_item = entitlements_item_data.to_dict()
            entitlements.append(entitlements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entitlements": entitlements,
            }
        )
        if self.auth_id is not None:
            field_dict["authId"] = self.auth_id

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        entitlements = []
        _entitlements = d.pop("entitlements")
        for entitlements_item_data in _entitlements:
            entitlements_item = Entitlement.from_dict(entitlements_item_data)

            entitlements.append(entitlements_item)

        auth_id = xml_text(d.pop("authId", None))
        entitlements = cls(
            entitlements=entitlements,
            auth_id=auth_id,
        )

        object.__setattr__(entitlements, "additional_properties", d)  # no on-setattr hooks
        return entitlements


from ..models.entitlement import Entitlement
