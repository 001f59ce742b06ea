from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.institution_customer_customer_type import InstitutionCustomerCustomerType
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only


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
        d = dict(src_dict)
        _self = cls(
            institution_customer_id=d.pop("institutionCustomerId"),
            member_number=d.pop("memberNumber", None),
            member_name=d.pop("memberName", None),
            customer_type=None
            if (v := d.pop("customerType", None)) is None
            else enum_member(InstitutionCustomerCustomerType, v),
            primary=d.pop("primary", None),
            host_login_id=d.pop("hostLoginId", None),
            cif_number=d.pop("cifNumber", None),
            additional_info=None
            if (v := d.pop("additionalInfo", None)) is None
            else InstitutionCustomerAdditionalInfo.from_dict(v),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self


from ..models.institution_customer_additional_info import InstitutionCustomerAdditionalInfo
