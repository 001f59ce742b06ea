from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


@_attrs_define
class InstitutionCustomerAdditionalInfo(_Model):
    """Further facts as key-value entries; with retrieveBillPayCredentials, the bill-pay login and password (secrets: never
    log them).

        Attributes:
            entry (list[MapItem]):
    """

    entry: list[MapItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.entry is not None:
            field_dict["entry"] = []
            for entry_item_data in self.entry:
                entry_item = entry_item_data.to_dict()
                field_dict["entry"].append(entry_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _self = cls(
            entry=None if (v := d.pop("entry", None)) is None else [MapItem.from_dict(item) for item in v],
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.map_item import MapItem
