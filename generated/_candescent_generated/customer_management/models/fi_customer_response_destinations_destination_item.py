from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="FICustomerResponseDestinationsDestinationItem")


@_attrs_define
class FICustomerResponseDestinationsDestinationItem(_Model):
    """
    Attributes:
        contact_info (str | Unset):
        protocol (str | Unset):
        activated (bool | Unset):
    """

    contact_info: str | Unset = UNSET
    protocol: str | Unset = UNSET
    activated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        contact_info = self.contact_info
        protocol = self.protocol
        activated = self.activated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_info is not UNSET:
            field_dict["contactInfo"] = contact_info
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if activated is not UNSET:
            field_dict["activated"] = activated

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_info = xml_text(d.pop("contactInfo", UNSET))
        protocol = xml_text(d.pop("protocol", UNSET))
        activated = xml_text(d.pop("activated", UNSET))
        fi_customer_response_destinations_destination_item = cls(
            contact_info=contact_info,
            protocol=protocol,
            activated=activated,
        )

        fi_customer_response_destinations_destination_item.additional_properties = d
        return fi_customer_response_destinations_destination_item
