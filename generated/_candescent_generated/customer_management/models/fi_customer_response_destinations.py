from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.fi_customer_response_destinations_destination_item import (
        FICustomerResponseDestinationsDestinationItem,
    )


T = TypeVar("T", bound="FICustomerResponseDestinations")


@_attrs_define
class FICustomerResponseDestinations(_Model):
    """Where one-time passcodes can be sent: contactInfo (masked), protocol (VOICE, EMAIL or SMS), activated.

    Attributes:
        destination (list[FICustomerResponseDestinationsDestinationItem]):
    """

    destination: list[FICustomerResponseDestinationsDestinationItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.destination is not None:
            destination = []
            for destination_item_data in self.destination:
                destination_item = destination_item_data.to_dict()
                destination.append(destination_item)

            field_dict["destination"] = destination

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fi_customer_response_destinations_destination_item import (
            FICustomerResponseDestinationsDestinationItem,
        )

        d = dict(src_dict)
        _destination = d.pop("destination", None)
        destination: list[FICustomerResponseDestinationsDestinationItem] | None = None
        if _destination is not None:
            destination = []
            _destination = _destination
            for destination_item_data in _destination:
                destination_item = FICustomerResponseDestinationsDestinationItem.from_dict(destination_item_data)

                destination.append(destination_item)

        fi_customer_response_destinations = cls(
            destination=destination,
        )

        fi_customer_response_destinations.additional_properties = d
        return fi_customer_response_destinations
