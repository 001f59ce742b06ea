from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_details_status import BusinessDetailsStatus
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import enum_member, keys_only

T = TypeVar("T", bound="BusinessDetails")


@_attrs_define
class BusinessDetails(_Model):
    """A business's profile.

    Attributes:
        business_id (str): The business's id on the platform.
        business_name (str):
        contact (BusinessContact): The business's contact person and postal address.
        institution_id (str): The institution's 5-character id.
        status (BusinessDetailsStatus): ACTIVE or INACTIVE.
        additional_info (BusinessDetailsAdditionalInfo): Further facts as name -> value (e.g. employeeCount, industry,
            yearEstablished).
        billing_account_number (str): The account the business's banking fees are billed to.
        billing_miscellaneous (str): Free-text billing notes.
        tins (list[BusinessTinInfo]): The business's tax ids (only with includeTins=true).
        users (list[BusinessUser]): The business's users (only with includeUsers=true).
    """

    business_id: str
    business_name: str
    contact: BusinessContact
    institution_id: str
    status: BusinessDetailsStatus
    additional_info: BusinessDetailsAdditionalInfo | None = None
    billing_account_number: str | None = None
    billing_miscellaneous: str | None = None
    tins: list[BusinessTinInfo] | None = None
    users: list[BusinessUser] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        business_id = self.business_id
        business_name = self.business_name
        contact = self.contact.to_dict()
        institution_id = self.institution_id
        status = BusinessDetailsStatus(self.status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessId": business_id,
                "businessName": business_name,
                "contact": contact,
                "institutionId": institution_id,
                "status": status,
            }
        )
        if self.additional_info is not None:
            field_dict["additionalInfo"] = self.additional_info.to_dict()
        if self.billing_account_number is not None:
            field_dict["billingAccountNumber"] = self.billing_account_number
        if self.billing_miscellaneous is not None:
            field_dict["billingMiscellaneous"] = self.billing_miscellaneous
        if self.tins is not None:
            field_dict["tins"] = []
            for tins_item_data in self.tins:
                tins_item = tins_item_data.to_dict()
                field_dict["tins"].append(tins_item)

        if self.users is not None:
            field_dict["users"] = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                field_dict["users"].append(users_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_id = d.pop("businessId")
        business_name = d.pop("businessName")
        contact = BusinessContact.from_dict(d.pop("contact"))

        institution_id = d.pop("institutionId")
        status = enum_member(BusinessDetailsStatus, d.pop("status"))

        _additional_info = d.pop("additionalInfo", None)
        additional_info = (
            None if _additional_info is None else BusinessDetailsAdditionalInfo.from_dict(_additional_info)
        )
        billing_account_number = d.pop("billingAccountNumber", None)
        billing_miscellaneous = d.pop("billingMiscellaneous", None)
        _tins = d.pop("tins", None)
        tins = None if _tins is None else [BusinessTinInfo.from_dict(item) for item in _tins]
        _users = d.pop("users", None)
        users = None if _users is None else [BusinessUser.from_dict(item) for item in _users]
        business_details = cls(
            business_id=business_id,
            business_name=business_name,
            contact=contact,
            institution_id=institution_id,
            status=status,
            additional_info=additional_info,
            billing_account_number=billing_account_number,
            billing_miscellaneous=billing_miscellaneous,
            tins=tins,
            users=users,
        )

        object.__setattr__(business_details, "additional_properties", d)  # no on-setattr hooks
        return business_details


from ..models.business_contact import BusinessContact
from ..models.business_details_additional_info import BusinessDetailsAdditionalInfo
from ..models.business_tin_info import BusinessTinInfo
from ..models.business_user import BusinessUser
