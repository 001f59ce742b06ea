from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.customer_information_user_role import CustomerInformationUserRole
from ..models.customer_information_user_type import CustomerInformationUserType
from ..types import (
    Model as _Model,
    as_json_safe as _as_json_safe,
    enum_member,
    keys_only,
    known_date,
    parse_date,
)

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "userId",
        "fiId",
        "loginId",
        "userName",
        "birthDate",
        "failedLoginCount",
        "failedPasswordResetCount",
        "firstName",
        "middleName",
        "lastName",
        "fullName",
        "emailAddress",
        "userStatus",
        "postalAddresses",
        "contactMethods",
        "registrationDateTime",
        "userType",
        "userRole",
        "customers",
        "acceptedDisclosure",
        "billPayChecked",
    }
)


@_attrs_define
class CustomerInformation(_Model):
    """A customer's profile as the customer (UXU) service keeps it.

    Attributes:
        user_id (str): The user's id (32 upper-case hexadecimal characters).
        fi_id (str): The institution's five-digit id.
        login_id (str): The user's authentication id (32 lower-case hexadecimal characters), not the name they sign in
            with.
        user_name (str): The name the user signs in with.
        birth_date (datetime.date):
        failed_login_count (int): Failed sign-in attempts on record.
        failed_password_reset_count (int): Failed password-reset attempts on record.
        first_name (str):
        middle_name (str):
        last_name (str):
        full_name (str):
        email_address (str):
        user_status (UserStatus): The user's state flags.
        postal_addresses (list[PostalAddress]): The customer's postal addresses.
        contact_methods (list[ContactMethod]): Where one-time passcodes can be sent.
        registration_date_time (datetime.date): When the user registered for digital banking (a date, despite the name).
        user_type (CustomerInformationUserType): RETAIL (a consumer) or BUSINESS (a business banking user).
        user_role (CustomerInformationUserRole): PRIMARY (the account holder) or ENTITLED (a user the holder gave
            access).
        customers (list[Customer]): The customers the user acts for; a business user's customerId goes into
            institutionCustomerId on business calls.
        accepted_disclosure (bool): Whether the user accepted the digital-banking disclosure.
        bill_pay_checked (bool): Whether bill pay is switched on for the user.
    """

    user_id: str | None = None
    fi_id: str | None = None
    login_id: str | None = None
    user_name: str | None = None
    birth_date: datetime.date | None = None
    failed_login_count: int | None = None
    failed_password_reset_count: int | None = None
    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    email_address: str | None = None
    user_status: UserStatus | None = None
    postal_addresses: list[PostalAddress] | None = None
    contact_methods: list[ContactMethod] | None = None
    registration_date_time: datetime.date | None = None
    user_type: CustomerInformationUserType | None = None
    user_role: CustomerInformationUserRole | None = None
    customers: list[Customer] | None = None
    accepted_disclosure: bool | None = None
    bill_pay_checked: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.user_id is not None:
            field_dict["userId"] = self.user_id
        if self.fi_id is not None:
            field_dict["fiId"] = self.fi_id
        if self.login_id is not None:
            field_dict["loginId"] = self.login_id
        if self.user_name is not None:
            field_dict["userName"] = self.user_name
        if self.birth_date is not None:
            field_dict["birthDate"] = self.birth_date.isoformat()
        if self.failed_login_count is not None:
            field_dict["failedLoginCount"] = self.failed_login_count
        if self.failed_password_reset_count is not None:
            field_dict["failedPasswordResetCount"] = self.failed_password_reset_count
        if self.first_name is not None:
            field_dict["firstName"] = self.first_name
        if self.middle_name is not None:
            field_dict["middleName"] = self.middle_name
        if self.last_name is not None:
            field_dict["lastName"] = self.last_name
        if self.full_name is not None:
            field_dict["fullName"] = self.full_name
        if self.email_address is not None:
            field_dict["emailAddress"] = self.email_address
        if self.user_status is not None:
            field_dict["userStatus"] = self.user_status.to_dict()
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

        if self.registration_date_time is not None:
            field_dict["registrationDateTime"] = self.registration_date_time.isoformat()
        if self.user_type is not None:
            field_dict["userType"] = CustomerInformationUserType(self.user_type).value
        if self.user_role is not None:
            field_dict["userRole"] = CustomerInformationUserRole(self.user_role).value
        if self.customers is not None:
            field_dict["customers"] = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                field_dict["customers"].append(customers_item)

        if self.accepted_disclosure is not None:
            field_dict["acceptedDisclosure"] = self.accepted_disclosure
        if self.bill_pay_checked is not None:
            field_dict["billPayChecked"] = self.bill_pay_checked

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.user_id = src_dict.get("userId")
        _self.fi_id = src_dict.get("fiId")
        _self.login_id = src_dict.get("loginId")
        _self.user_name = src_dict.get("userName")
        _self.birth_date = None if (v := src_dict.get("birthDate")) is None else (known_date(v) or parse_date(v))
        _self.failed_login_count = src_dict.get("failedLoginCount")
        _self.failed_password_reset_count = src_dict.get("failedPasswordResetCount")
        _self.first_name = src_dict.get("firstName")
        _self.middle_name = src_dict.get("middleName")
        _self.last_name = src_dict.get("lastName")
        _self.full_name = src_dict.get("fullName")
        _self.email_address = src_dict.get("emailAddress")
        _self.user_status = None if (v := src_dict.get("userStatus")) is None else UserStatus.from_dict(v)
        _self.postal_addresses = (
            None if (v := src_dict.get("postalAddresses")) is None else [PostalAddress.from_dict(item) for item in v]
        )
        _self.contact_methods = (
            None if (v := src_dict.get("contactMethods")) is None else [ContactMethod.from_dict(item) for item in v]
        )
        _self.registration_date_time = (
            None if (v := src_dict.get("registrationDateTime")) is None else (known_date(v) or parse_date(v))
        )
        _self.user_type = (
            None if (v := src_dict.get("userType")) is None else enum_member(CustomerInformationUserType, v)
        )
        _self.user_role = (
            None if (v := src_dict.get("userRole")) is None else enum_member(CustomerInformationUserRole, v)
        )
        _self.customers = None if (v := src_dict.get("customers")) is None else [Customer.from_dict(item) for item in v]
        _self.accepted_disclosure = src_dict.get("acceptedDisclosure")
        _self.bill_pay_checked = src_dict.get("billPayChecked")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.contact_method import ContactMethod
from ..models.customer import Customer
from ..models.postal_address import PostalAddress
from ..models.user_status import UserStatus
