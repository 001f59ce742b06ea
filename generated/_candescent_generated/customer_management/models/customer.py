from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_customer_type import CustomerCustomerType
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="Customer")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.customer_id is not None:
            customer_id = self.customer_id
            field_dict["customerId"] = customer_id
        if self.member_number is not None:
            member_number = self.member_number
            field_dict["memberNumber"] = member_number
        if self.customer_type is not None:
            customer_type = CustomerCustomerType(self.customer_type).value
            field_dict["customerType"] = customer_type
        if self.host_login_id is not None:
            host_login_id = self.host_login_id
            field_dict["hostLoginId"] = host_login_id

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _customer_id = d.pop("customerId", None)
        customer_id: str | None = None
        if _customer_id is not None:
            customer_id = _customer_id
        _member_number = d.pop("memberNumber", None)
        member_number: str | None = None
        if _member_number is not None:
            member_number = _member_number
        _customer_type = d.pop("customerType", None)
        customer_type: CustomerCustomerType | None = None
        if _customer_type is not None:
            customer_type = CustomerCustomerType(_customer_type)

        _host_login_id = d.pop("hostLoginId", None)
        host_login_id: str | None = None
        if _host_login_id is not None:
            host_login_id = _host_login_id
        customer = cls(
            customer_id=customer_id,
            member_number=member_number,
            customer_type=customer_type,
            host_login_id=host_login_id,
        )

        customer.additional_properties = d
        return customer
