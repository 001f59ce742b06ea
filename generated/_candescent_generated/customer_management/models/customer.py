from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_customer_type import CustomerCustomerType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer(_Model):
    """
    Attributes:
        customer_id (str | Unset): The customer's id (32 lower-case hexadecimal characters).
        member_number (str | Unset): The member number at the host (for a business, its TIN or EIN).
        customer_type (CustomerCustomerType | Unset): RETAIL or BUSINESS.
        host_login_id (str | Unset): The customer's login id at the host (core) system.
    """

    customer_id: str | Unset = UNSET
    member_number: str | Unset = UNSET
    customer_type: CustomerCustomerType | Unset = UNSET
    host_login_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        customer_id = self.customer_id
        member_number = self.member_number
        customer_type: str | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = CustomerCustomerType(self.customer_type).value

        host_login_id = self.host_login_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if member_number is not UNSET:
            field_dict["memberNumber"] = member_number
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if host_login_id is not UNSET:
            field_dict["hostLoginId"] = host_login_id

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId", UNSET)
        member_number = d.pop("memberNumber", UNSET)
        _customer_type = d.pop("customerType", UNSET)
        customer_type: CustomerCustomerType | Unset
        if isinstance(_customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = CustomerCustomerType(_customer_type)

        host_login_id = d.pop("hostLoginId", UNSET)
        customer = cls(
            customer_id=customer_id,
            member_number=member_number,
            customer_type=customer_type,
            host_login_id=host_login_id,
        )

        customer.additional_properties = d
        return customer
