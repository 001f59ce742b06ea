from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.customer_customer_type import CustomerCustomerType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"customerId", "memberNumber", "customerType", "hostLoginId"})


@_attrs_define
class Customer(_Model):
    """
    Attributes:
        customer_id (str): The customer's id (32 lower-case hexadecimal characters).
        member_number (str): The member number at the host (for a business, its TIN or EIN).
        customer_type (CustomerCustomerType): RETAIL or BUSINESS.
        host_login_id (str): The customer's login id at the host (core) system.
    """

    customer_id: str | None = None
    member_number: str | None = None
    customer_type: CustomerCustomerType | None = None
    host_login_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.customer_id is not None:
            field_dict["customerId"] = self.customer_id
        if self.member_number is not None:
            field_dict["memberNumber"] = self.member_number
        if self.customer_type is not None:
            field_dict["customerType"] = CustomerCustomerType(self.customer_type).value
        if self.host_login_id is not None:
            field_dict["hostLoginId"] = self.host_login_id

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.customer_id = src_dict.get("customerId")
        _self.member_number = src_dict.get("memberNumber")
        _self.customer_type = (
            None if (v := src_dict.get("customerType")) is None else enum_member(CustomerCustomerType, v)
        )
        _self.host_login_id = src_dict.get("hostLoginId")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
