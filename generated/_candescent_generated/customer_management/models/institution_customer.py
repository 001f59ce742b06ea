from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.institution_customer_customer_type import InstitutionCustomerCustomerType
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.institution_customer_additional_info import InstitutionCustomerAdditionalInfo


T = TypeVar("T", bound="InstitutionCustomer")


@_attrs_define
class InstitutionCustomer(_Model):
    """
    Attributes:
        institution_customer_id (str): The customer's id: pass it as institutionCustomerId on business calls.
        member_number (str | Unset): The member number at the host (for a business, its TIN or EIN).
        member_name (str | Unset): The customer's name at the host.
        customer_type (InstitutionCustomerCustomerType | Unset): RETAIL or BUSINESS.
        primary (bool | Unset): Whether this is the user's primary customer.
        host_login_id (str | Unset): The customer's login id at the host (core) system.
        cif_number (str | Unset): The customer's CIF (customer information file) number at the host.
        additional_info (InstitutionCustomerAdditionalInfo | Unset): Further facts as key-value entries; with
            retrieveBillPayCredentials, the bill-pay login and password (secrets: never log them).
    """

    institution_customer_id: str
    member_number: str | Unset = UNSET
    member_name: str | Unset = UNSET
    customer_type: InstitutionCustomerCustomerType | Unset = UNSET
    primary: bool | Unset = UNSET
    host_login_id: str | Unset = UNSET
    cif_number: str | Unset = UNSET
    additional_info: InstitutionCustomerAdditionalInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        institution_customer_id = self.institution_customer_id
        member_number = self.member_number
        member_name = self.member_name
        customer_type: str | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = InstitutionCustomerCustomerType(self.customer_type).value

        primary = self.primary
        host_login_id = self.host_login_id
        cif_number = self.cif_number
        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "institutionCustomerId": institution_customer_id,
            }
        )
        if member_number is not UNSET:
            field_dict["memberNumber"] = member_number
        if member_name is not UNSET:
            field_dict["memberName"] = member_name
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if primary is not UNSET:
            field_dict["primary"] = primary
        if host_login_id is not UNSET:
            field_dict["hostLoginId"] = host_login_id
        if cif_number is not UNSET:
            field_dict["cifNumber"] = cif_number
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.institution_customer_additional_info import InstitutionCustomerAdditionalInfo

        d = dict(src_dict)
        institution_customer_id = d.pop("institutionCustomerId")
        member_number = d.pop("memberNumber", UNSET)
        member_name = d.pop("memberName", UNSET)
        _customer_type = d.pop("customerType", UNSET)
        customer_type: InstitutionCustomerCustomerType | Unset
        if isinstance(_customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = InstitutionCustomerCustomerType(_customer_type)

        primary = d.pop("primary", UNSET)
        host_login_id = d.pop("hostLoginId", UNSET)
        cif_number = d.pop("cifNumber", UNSET)
        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: InstitutionCustomerAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = InstitutionCustomerAdditionalInfo.from_dict(_additional_info)

        institution_customer = cls(
            institution_customer_id=institution_customer_id,
            member_number=member_number,
            member_name=member_name,
            customer_type=customer_type,
            primary=primary,
            host_login_id=host_login_id,
            cif_number=cif_number,
            additional_info=additional_info,
        )

        institution_customer.additional_properties = d
        return institution_customer
