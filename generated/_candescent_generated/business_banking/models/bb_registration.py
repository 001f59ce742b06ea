from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.bb_registration_status import BbRegistrationStatus
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "businessName",
        "additionalServices",
        "approvedDate",
        "businessId",
        "completedDate",
        "confirmationNumber",
        "contact",
        "createdUser",
        "declinedDate",
        "id",
        "institutionId",
        "message",
        "onlineFeatures",
        "registrationDate",
        "status",
        "tins",
        "users",
    }
)


@_attrs_define
class BbRegistration(_Model):
    """A business's application for online banking; the platform fills in the read-only fields.

    Attributes:
        business_name (str):
        additional_services (list[str]): Extra services applied for, named as the registration options list them.
        approved_date (str): When it was approved: MM/dd/yyyy hh:mm:ss a z in the institution's time zone (e.g.
            11/20/2025 10:33:25 AM PST), not ISO 8601.
        business_id (str): The business's id on the platform, once it has one.
        completed_date (str): When it was completed: MM/dd/yyyy hh:mm:ss a z in the institution's time zone (e.g.
            11/20/2025 10:33:25 AM PST), not ISO 8601.
        confirmation_number (str): 16 letters or digits; the registration can be looked up by it.
        contact (BusinessContact): The business's contact person and postal address.
        created_user (str): The user the platform records as having created it.
        declined_date (str): When it was declined: MM/dd/yyyy hh:mm:ss a z in the institution's time zone (e.g.
            11/20/2025 10:33:25 AM PST), not ISO 8601.
        id (str): The registration's id (32 lower-case hexadecimal characters).
        institution_id (str): The institution's 5-character id.
        message (str): The platform's remark on the registration, if any.
        online_features (list[str]): Online-banking features applied for, named as the registration options list them.
        registration_date (str): When it was submitted: MM/dd/yyyy hh:mm:ss a z in the institution's time zone (e.g.
            11/20/2025 10:33:25 AM PST), not ISO 8601.
        status (BbRegistrationStatus): Where it stands: PENDING, APPROVED, DECLINED or COMPLETED.
        tins (list[BusinessTinInfo]): The business's tax ids (at least one in practice).
        users (list[BbRegistrationUser]): The people to set up (a PRIMARY_ADMIN in practice).
    """

    business_name: str
    additional_services: list[str] | None = None
    approved_date: str | None = None
    business_id: str | None = None
    completed_date: str | None = None
    confirmation_number: str | None = None
    contact: BusinessContact | None = None
    created_user: str | None = None
    declined_date: str | None = None
    id: str | None = None
    institution_id: str | None = None
    message: str | None = None
    online_features: list[str] | None = None
    registration_date: str | None = None
    status: BbRegistrationStatus | None = None
    tins: list[BusinessTinInfo] | None = None
    users: list[BbRegistrationUser] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["businessName"] = self.business_name
        if self.additional_services is not None:
            field_dict["additionalServices"] = self.additional_services

        if self.approved_date is not None:
            field_dict["approvedDate"] = self.approved_date
        if self.business_id is not None:
            field_dict["businessId"] = self.business_id
        if self.completed_date is not None:
            field_dict["completedDate"] = self.completed_date
        if self.confirmation_number is not None:
            field_dict["confirmationNumber"] = self.confirmation_number
        if self.contact is not None:
            field_dict["contact"] = self.contact.to_dict()
        if self.created_user is not None:
            field_dict["createdUser"] = self.created_user
        if self.declined_date is not None:
            field_dict["declinedDate"] = self.declined_date
        if self.id is not None:
            field_dict["id"] = self.id
        if self.institution_id is not None:
            field_dict["institutionId"] = self.institution_id
        if self.message is not None:
            field_dict["message"] = self.message
        if self.online_features is not None:
            field_dict["onlineFeatures"] = self.online_features

        if self.registration_date is not None:
            field_dict["registrationDate"] = self.registration_date
        if self.status is not None:
            field_dict["status"] = BbRegistrationStatus(self.status).value
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
        _self.business_name = src_dict["businessName"]
        _self.additional_services = src_dict.get("additionalServices")
        _self.approved_date = src_dict.get("approvedDate")
        _self.business_id = src_dict.get("businessId")
        _self.completed_date = src_dict.get("completedDate")
        _self.confirmation_number = src_dict.get("confirmationNumber")
        _self.contact = None if (v := src_dict.get("contact")) is None else BusinessContact.from_dict(v)
        _self.created_user = src_dict.get("createdUser")
        _self.declined_date = src_dict.get("declinedDate")
        _self.id = src_dict.get("id")
        _self.institution_id = src_dict.get("institutionId")
        _self.message = src_dict.get("message")
        _self.online_features = src_dict.get("onlineFeatures")
        _self.registration_date = src_dict.get("registrationDate")
        _self.status = None if (v := src_dict.get("status")) is None else enum_member(BbRegistrationStatus, v)
        _self.tins = None if (v := src_dict.get("tins")) is None else [BusinessTinInfo.from_dict(item) for item in v]
        _self.users = (
            None if (v := src_dict.get("users")) is None else [BbRegistrationUser.from_dict(item) for item in v]
        )
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.bb_registration_user import BbRegistrationUser
from ..models.business_contact import BusinessContact
from ..models.business_tin_info import BusinessTinInfo
