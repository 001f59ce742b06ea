from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.institution_customer_customer_type import InstitutionCustomerCustomerType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "institutionCustomerId",
        "memberNumber",
        "memberName",
        "customerType",
        "primary",
        "hostLoginId",
        "cifNumber",
        "additionalInfo",
    }
)


@_attrs_define
class InstitutionCustomer(_Model):
    """
    Attributes:
        institution_customer_id (str): The customer's id: pass it as institutionCustomerId on business calls.
        member_number (str): The member number at the host (for a business, its TIN or EIN).
        member_name (str): The customer's name at the host.
        customer_type (InstitutionCustomerCustomerType): RETAIL or BUSINESS.
        primary (bool): Whether this is the user's primary customer.
        host_login_id (str): The customer's login id at the host (core) system.
        cif_number (str): The customer's CIF (customer information file) number at the host.
        additional_info (InstitutionCustomerAdditionalInfo): Further facts as key-value entries; with
            retrieveBillPayCredentials, the bill-pay login and password (secrets: never log them).
    """

    institution_customer_id: str
    member_number: str | None = None
    member_name: str | None = None
    customer_type: InstitutionCustomerCustomerType | None = None
    primary: bool | None = None
    host_login_id: str | None = None
    cif_number: str | None = None
    additional_info: InstitutionCustomerAdditionalInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["institutionCustomerId"] = self.institution_customer_id
        if self.member_number is not None:
            field_dict["memberNumber"] = self.member_number
        if self.member_name is not None:
            field_dict["memberName"] = self.member_name
        if self.customer_type is not None:
            field_dict["customerType"] = InstitutionCustomerCustomerType(self.customer_type).value
        if self.primary is not None:
            field_dict["primary"] = self.primary
        if self.host_login_id is not None:
            field_dict["hostLoginId"] = self.host_login_id
        if self.cif_number is not None:
            field_dict["cifNumber"] = self.cif_number
        if self.additional_info is not None:
            field_dict["additionalInfo"] = self.additional_info.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.institution_customer_id = src_dict["institutionCustomerId"]
        _self.member_number = src_dict.get("memberNumber")
        _self.member_name = src_dict.get("memberName")
        _self.customer_type = (
            None if (v := src_dict.get("customerType")) is None else enum_member(InstitutionCustomerCustomerType, v)
        )
        _self.primary = src_dict.get("primary")
        _self.host_login_id = src_dict.get("hostLoginId")
        _self.cif_number = src_dict.get("cifNumber")
        _self.additional_info = (
            None if (v := src_dict.get("additionalInfo")) is None else InstitutionCustomerAdditionalInfo.from_dict(v)
        )
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.institution_customer_additional_info import InstitutionCustomerAdditionalInfo
