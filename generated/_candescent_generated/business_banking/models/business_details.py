from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.business_details_status import BusinessDetailsStatus
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "businessId",
        "businessName",
        "contact",
        "institutionId",
        "status",
        "additionalInfo",
        "billingAccountNumber",
        "billingMiscellaneous",
        "tins",
        "users",
    }
)


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["businessId"] = self.business_id
        field_dict["businessName"] = self.business_name
        field_dict["contact"] = self.contact.to_dict()
        field_dict["institutionId"] = self.institution_id
        field_dict["status"] = BusinessDetailsStatus(self.status).value
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
        _self = object.__new__(cls)
        _self.business_id = src_dict["businessId"]
        _self.business_name = src_dict["businessName"]
        _self.contact = BusinessContact.from_dict(src_dict["contact"])
        _self.institution_id = src_dict["institutionId"]
        _self.status = enum_member(BusinessDetailsStatus, src_dict["status"])
        _self.additional_info = (
            None if (v := src_dict.get("additionalInfo")) is None else BusinessDetailsAdditionalInfo.from_dict(v)
        )
        _self.billing_account_number = src_dict.get("billingAccountNumber")
        _self.billing_miscellaneous = src_dict.get("billingMiscellaneous")
        _self.tins = None if (v := src_dict.get("tins")) is None else [BusinessTinInfo.from_dict(item) for item in v]
        _self.users = None if (v := src_dict.get("users")) is None else [BusinessUser.from_dict(item) for item in v]
        extra = (
            {}
            if len(src_dict) == 5 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.business_contact import BusinessContact
from ..models.business_details_additional_info import BusinessDetailsAdditionalInfo
from ..models.business_tin_info import BusinessTinInfo
from ..models.business_user import BusinessUser
