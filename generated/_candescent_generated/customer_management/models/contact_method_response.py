from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"customerId", "contactMethods"})


@_attrs_define
class ContactMethodResponse(_Model):
    """
    Attributes:
        customer_id (str): The customer's id.
        contact_methods (list[Destination]): Where one-time passcodes can be sent.
    """

    customer_id: str | None = None
    contact_methods: list[Destination] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.customer_id is not None:
            field_dict["customerId"] = self.customer_id
        if self.contact_methods is not None:
            field_dict["contactMethods"] = []
            for contact_methods_item_data in self.contact_methods:
                contact_methods_item = contact_methods_item_data.to_dict()
                field_dict["contactMethods"].append(contact_methods_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.customer_id = src_dict.get("customerId")
        _self.contact_methods = (
            None if (v := src_dict.get("contactMethods")) is None else [Destination.from_dict(item) for item in v]
        )
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.destination import Destination
