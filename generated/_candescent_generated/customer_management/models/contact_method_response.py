from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.destination import Destination


T = TypeVar("T", bound="ContactMethodResponse")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.customer_id is not None:
            customer_id = self.customer_id
            field_dict["customerId"] = customer_id
        if self.contact_methods is not None:
            contact_methods = []
            for contact_methods_item_data in self.contact_methods:
                contact_methods_item = contact_methods_item_data.to_dict()
                contact_methods.append(contact_methods_item)

            field_dict["contactMethods"] = contact_methods

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.destination import Destination

        d = dict(src_dict)
        _customer_id = d.pop("customerId", None)
        customer_id: str | None = None
        if _customer_id is not None:
            customer_id = _customer_id
        _contact_methods = d.pop("contactMethods", None)
        contact_methods: list[Destination] | None = None
        if _contact_methods is not None:
            contact_methods = []
            _contact_methods = _contact_methods
            for contact_methods_item_data in _contact_methods:
                contact_methods_item = Destination.from_dict(contact_methods_item_data)

                contact_methods.append(contact_methods_item)

        contact_method_response = cls(
            customer_id=customer_id,
            contact_methods=contact_methods,
        )

        contact_method_response.additional_properties = d
        return contact_method_response
