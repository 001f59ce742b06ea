from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.institution_user_institution_user_role import InstitutionUserInstitutionUserRole
from ..models.institution_user_institution_user_type import InstitutionUserInstitutionUserType
from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    enum_member,
    keys_only,
    known_date,
    parse_date,
    parse_datetime,
)

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "institutionUserId",
        "institutionId",
        "institutionUserType",
        "userId",
        "userName",
        "failedLoginCount",
        "failedPasswordResetCount",
        "additionalInfo",
        "registrationDateTime",
        "parentInstitutionUserId",
        "institutionUserRole",
        "institutionCustomers",
        "subUsers",
        "lastName",
        "firstName",
        "middleName",
        "fullName",
        "salutation",
        "suffix",
        "email",
        "lastLoginDateTime",
        "holdDateTime",
        "holdReason",
        "holdInitiatedBy",
        "userStatus",
        "birthDate",
        "postalAddresses",
        "contactMethods",
    }
)


@_attrs_define
class InstitutionUser(_Model):
    """A digital-banking user as the institution-user (ISR) service keeps it.

    Attributes:
        institution_user_id (str): The user's id at the institution (32 upper-case hexadecimal characters).
        institution_id (str): The institution's five-digit id.
        institution_user_type (InstitutionUserInstitutionUserType): RETAIL (a consumer) or BUSINESS (a business banking
            user).
        user_id (str): The user's id at the host (core) system.
        user_name (str): The name the user signs in with.
        failed_login_count (int): Failed sign-in attempts on record.
        failed_password_reset_count (int): Failed password-reset attempts on record.
        additional_info (InstitutionUserAdditionalInfo): Further facts as key-value entries, e.g. legacyUserGuid.
        registration_date_time (datetime.datetime): When the user registered for digital banking.
        parent_institution_user_id (str): For a sub-user: the user who administers them.
        institution_user_role (InstitutionUserInstitutionUserRole): PRIMARY (the account holder), ENTITLED (a user the
            holder gave access), or a business banking role: BUSINESS_ADMIN, BUSINESS_SECONDARY_ADMIN, BUSINESS_USER.
        institution_customers (list[InstitutionCustomer]): The customers the user acts for (a business user: one per
            location or TIN).
        sub_users (list[InstitutionUser]): With $expand=subUsers: the users this user administers, in the same shape
            (not for business users).
        last_name (str):
        first_name (str):
        middle_name (str):
        full_name (str):
        salutation (str): The title before the name, e.g. Dr.
        suffix (str): The suffix after the name, e.g. Jr.
        email (str):
        last_login_date_time (datetime.datetime): When the user last signed in.
        hold_date_time (datetime.datetime): When the user was put on hold.
        hold_reason (str): Why the user is on hold.
        hold_initiated_by (str): Who put the user on hold.
        user_status (InstitutionUserStatus): The user's state; only the flags that are true are present.
        birth_date (datetime.date):
        postal_addresses (list[PostalAddress1]): With $expand=postalAddresses: the user's postal addresses.
        contact_methods (list[ContactMethod1]): With $expand=contactMethods: where one-time passcodes can be sent.
    """

    institution_user_id: str
    institution_id: str
    institution_user_type: InstitutionUserInstitutionUserType
    user_id: str
    user_name: str
    failed_login_count: int
    failed_password_reset_count: int
    additional_info: InstitutionUserAdditionalInfo
    registration_date_time: datetime.datetime | None = None
    parent_institution_user_id: str | None = None
    institution_user_role: InstitutionUserInstitutionUserRole | None = None
    institution_customers: list[InstitutionCustomer] | None = None
    sub_users: list[InstitutionUser] | None = None
    last_name: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    full_name: str | None = None
    salutation: str | None = None
    suffix: str | None = None
    email: str | None = None
    last_login_date_time: datetime.datetime | None = None
    hold_date_time: datetime.datetime | None = None
    hold_reason: str | None = None
    hold_initiated_by: str | None = None
    user_status: InstitutionUserStatus | None = None
    birth_date: datetime.date | None = None
    postal_addresses: list[PostalAddress1] | None = None
    contact_methods: list[ContactMethod1] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["institutionUserId"] = self.institution_user_id
        field_dict["institutionId"] = self.institution_id
        field_dict["institutionUserType"] = InstitutionUserInstitutionUserType(self.institution_user_type).value
        field_dict["userId"] = self.user_id
        field_dict["userName"] = self.user_name
        field_dict["failedLoginCount"] = self.failed_login_count
        field_dict["failedPasswordResetCount"] = self.failed_password_reset_count
        field_dict["additionalInfo"] = self.additional_info.to_dict()
        if self.registration_date_time is not None:
            field_dict["registrationDateTime"] = self.registration_date_time.isoformat()
        if self.parent_institution_user_id is not None:
            field_dict["parentInstitutionUserId"] = self.parent_institution_user_id
        if self.institution_user_role is not None:
            field_dict["institutionUserRole"] = InstitutionUserInstitutionUserRole(self.institution_user_role).value
        if self.institution_customers is not None:
            field_dict["institutionCustomers"] = []
            for institution_customers_item_data in self.institution_customers:
                institution_customers_item = institution_customers_item_data.to_dict()
                field_dict["institutionCustomers"].append(institution_customers_item)

        if self.sub_users is not None:
            field_dict["subUsers"] = []
            for sub_users_item_data in self.sub_users:
                sub_users_item = sub_users_item_data.to_dict()
                field_dict["subUsers"].append(sub_users_item)

        if self.last_name is not None:
            field_dict["lastName"] = self.last_name
        if self.first_name is not None:
            field_dict["firstName"] = self.first_name
        if self.middle_name is not None:
            field_dict["middleName"] = self.middle_name
        if self.full_name is not None:
            field_dict["fullName"] = self.full_name
        if self.salutation is not None:
            field_dict["salutation"] = self.salutation
        if self.suffix is not None:
            field_dict["suffix"] = self.suffix
        if self.email is not None:
            field_dict["email"] = self.email
        if self.last_login_date_time is not None:
            field_dict["lastLoginDateTime"] = self.last_login_date_time.isoformat()
        if self.hold_date_time is not None:
            field_dict["holdDateTime"] = self.hold_date_time.isoformat()
        if self.hold_reason is not None:
            field_dict["holdReason"] = self.hold_reason
        if self.hold_initiated_by is not None:
            field_dict["holdInitiatedBy"] = self.hold_initiated_by
        if self.user_status is not None:
            field_dict["userStatus"] = self.user_status.to_dict()
        if self.birth_date is not None:
            field_dict["birthDate"] = self.birth_date.isoformat()
        if self.postal_addresses is not None:
            field_dict["postalAddresses"] = []
            for postal_addresses_item_data in self.postal_addresses:
                postal_addresses_item = postal_addresses_item_data.to_dict()
                field_dict["postalAddresses"].append(postal_addresses_item)

        if self.contact_methods is not None:
            field_dict["contactMethods"] = []
            for contact_methods_item_data in self.contact_methods:
                contact_methods_item = contact_methods_item_data.to_dict()
                field_dict["contactMethods"].append(contact_methods_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.institution_user_id = src_dict["institutionUserId"]
        _self.institution_id = src_dict["institutionId"]
        _self.institution_user_type = enum_member(InstitutionUserInstitutionUserType, src_dict["institutionUserType"])
        _self.user_id = src_dict["userId"]
        _self.user_name = src_dict["userName"]
        _self.failed_login_count = src_dict["failedLoginCount"]
        _self.failed_password_reset_count = src_dict["failedPasswordResetCount"]
        _self.additional_info = InstitutionUserAdditionalInfo.from_dict(src_dict["additionalInfo"])
        _self.registration_date_time = (
            None if (v := src_dict.get("registrationDateTime")) is None else parse_datetime(v)
        )
        _self.parent_institution_user_id = src_dict.get("parentInstitutionUserId")
        _self.institution_user_role = (
            None
            if (v := src_dict.get("institutionUserRole")) is None
            else enum_member(InstitutionUserInstitutionUserRole, v)
        )
        _self.institution_customers = (
            None
            if (v := src_dict.get("institutionCustomers")) is None
            else [InstitutionCustomer.from_dict(item) for item in v]
        )
        _self.sub_users = (
            None if (v := src_dict.get("subUsers")) is None else [InstitutionUser.from_dict(item) for item in v]
        )
        _self.last_name = src_dict.get("lastName")
        _self.first_name = src_dict.get("firstName")
        _self.middle_name = src_dict.get("middleName")
        _self.full_name = src_dict.get("fullName")
        _self.salutation = src_dict.get("salutation")
        _self.suffix = src_dict.get("suffix")
        _self.email = src_dict.get("email")
        _self.last_login_date_time = None if (v := src_dict.get("lastLoginDateTime")) is None else parse_datetime(v)
        _self.hold_date_time = None if (v := src_dict.get("holdDateTime")) is None else parse_datetime(v)
        _self.hold_reason = src_dict.get("holdReason")
        _self.hold_initiated_by = src_dict.get("holdInitiatedBy")
        _self.user_status = None if (v := src_dict.get("userStatus")) is None else InstitutionUserStatus.from_dict(v)
        _self.birth_date = None if (v := src_dict.get("birthDate")) is None else (known_date(v) or parse_date(v))
        _self.postal_addresses = (
            None if (v := src_dict.get("postalAddresses")) is None else [PostalAddress1.from_dict(item) for item in v]
        )
        _self.contact_methods = (
            None if (v := src_dict.get("contactMethods")) is None else [ContactMethod1.from_dict(item) for item in v]
        )
        extra = (
            {}
            if len(src_dict) == 8 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.contact_method_1 import ContactMethod1
from ..models.institution_customer import InstitutionCustomer
from ..models.institution_user_additional_info import InstitutionUserAdditionalInfo
from ..models.institution_user_status import InstitutionUserStatus
from ..models.postal_address_1 import PostalAddress1
