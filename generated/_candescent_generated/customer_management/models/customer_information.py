from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_information_user_role import CustomerInformationUserRole
from ..models.customer_information_user_type import CustomerInformationUserType
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, parse_date

if TYPE_CHECKING:
    from ..models.contact_method import ContactMethod
    from ..models.customer import Customer
    from ..models.postal_address import PostalAddress
    from ..models.user_status import UserStatus


T = TypeVar("T", bound="CustomerInformation")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.user_id is not None:
            user_id = self.user_id
            field_dict["userId"] = user_id
        if self.fi_id is not None:
            fi_id = self.fi_id
            field_dict["fiId"] = fi_id
        if self.login_id is not None:
            login_id = self.login_id
            field_dict["loginId"] = login_id
        if self.user_name is not None:
            user_name = self.user_name
            field_dict["userName"] = user_name
        if self.birth_date is not None:
            birth_date = self.birth_date.isoformat()
            field_dict["birthDate"] = birth_date
        if self.failed_login_count is not None:
            failed_login_count = self.failed_login_count
            field_dict["failedLoginCount"] = failed_login_count
        if self.failed_password_reset_count is not None:
            failed_password_reset_count = self.failed_password_reset_count
            field_dict["failedPasswordResetCount"] = failed_password_reset_count
        if self.first_name is not None:
            first_name = self.first_name
            field_dict["firstName"] = first_name
        if self.middle_name is not None:
            middle_name = self.middle_name
            field_dict["middleName"] = middle_name
        if self.last_name is not None:
            last_name = self.last_name
            field_dict["lastName"] = last_name
        if self.full_name is not None:
            full_name = self.full_name
            field_dict["fullName"] = full_name
        if self.email_address is not None:
            email_address = self.email_address
            field_dict["emailAddress"] = email_address
        if self.user_status is not None:
            user_status = self.user_status.to_dict()
            field_dict["userStatus"] = user_status
        if self.postal_addresses is not None:
            postal_addresses = []
            for postal_addresses_item_data in self.postal_addresses:
                postal_addresses_item = postal_addresses_item_data.to_dict()
                postal_addresses.append(postal_addresses_item)

            field_dict["postalAddresses"] = postal_addresses
        if self.contact_methods is not None:
            contact_methods = []
            for contact_methods_item_data in self.contact_methods:
                contact_methods_item = contact_methods_item_data.to_dict()
                contact_methods.append(contact_methods_item)

            field_dict["contactMethods"] = contact_methods
        if self.registration_date_time is not None:
            registration_date_time = self.registration_date_time.isoformat()
            field_dict["registrationDateTime"] = registration_date_time
        if self.user_type is not None:
            user_type = CustomerInformationUserType(self.user_type).value
            field_dict["userType"] = user_type
        if self.user_role is not None:
            user_role = CustomerInformationUserRole(self.user_role).value
            field_dict["userRole"] = user_role
        if self.customers is not None:
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

            field_dict["customers"] = customers
        if self.accepted_disclosure is not None:
            accepted_disclosure = self.accepted_disclosure
            field_dict["acceptedDisclosure"] = accepted_disclosure
        if self.bill_pay_checked is not None:
            bill_pay_checked = self.bill_pay_checked
            field_dict["billPayChecked"] = bill_pay_checked

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_method import ContactMethod
        from ..models.customer import Customer
        from ..models.postal_address import PostalAddress
        from ..models.user_status import UserStatus

        d = dict(src_dict)
        _user_id = d.pop("userId", None)
        user_id: str | None = None
        if _user_id is not None:
            user_id = _user_id
        _fi_id = d.pop("fiId", None)
        fi_id: str | None = None
        if _fi_id is not None:
            fi_id = _fi_id
        _login_id = d.pop("loginId", None)
        login_id: str | None = None
        if _login_id is not None:
            login_id = _login_id
        _user_name = d.pop("userName", None)
        user_name: str | None = None
        if _user_name is not None:
            user_name = _user_name
        _birth_date = d.pop("birthDate", None)
        birth_date: datetime.date | None = None
        if _birth_date is not None:
            birth_date = parse_date(_birth_date)

        _failed_login_count = d.pop("failedLoginCount", None)
        failed_login_count: int | None = None
        if _failed_login_count is not None:
            failed_login_count = _failed_login_count
        _failed_password_reset_count = d.pop("failedPasswordResetCount", None)
        failed_password_reset_count: int | None = None
        if _failed_password_reset_count is not None:
            failed_password_reset_count = _failed_password_reset_count
        _first_name = d.pop("firstName", None)
        first_name: str | None = None
        if _first_name is not None:
            first_name = _first_name
        _middle_name = d.pop("middleName", None)
        middle_name: str | None = None
        if _middle_name is not None:
            middle_name = _middle_name
        _last_name = d.pop("lastName", None)
        last_name: str | None = None
        if _last_name is not None:
            last_name = _last_name
        _full_name = d.pop("fullName", None)
        full_name: str | None = None
        if _full_name is not None:
            full_name = _full_name
        _email_address = d.pop("emailAddress", None)
        email_address: str | None = None
        if _email_address is not None:
            email_address = _email_address
        _user_status = d.pop("userStatus", None)
        user_status: UserStatus | None = None
        if _user_status is not None:
            user_status = UserStatus.from_dict(_user_status)

        _postal_addresses = d.pop("postalAddresses", None)
        postal_addresses: list[PostalAddress] | None = None
        if _postal_addresses is not None:
            postal_addresses = []
            _postal_addresses = _postal_addresses
            for postal_addresses_item_data in _postal_addresses:
                postal_addresses_item = PostalAddress.from_dict(postal_addresses_item_data)

                postal_addresses.append(postal_addresses_item)

        _contact_methods = d.pop("contactMethods", None)
        contact_methods: list[ContactMethod] | None = None
        if _contact_methods is not None:
            contact_methods = []
            _contact_methods = _contact_methods
            for contact_methods_item_data in _contact_methods:
                contact_methods_item = ContactMethod.from_dict(contact_methods_item_data)

                contact_methods.append(contact_methods_item)

        _registration_date_time = d.pop("registrationDateTime", None)
        registration_date_time: datetime.date | None = None
        if _registration_date_time is not None:
            registration_date_time = parse_date(_registration_date_time)

        _user_type = d.pop("userType", None)
        user_type: CustomerInformationUserType | None = None
        if _user_type is not None:
            user_type = CustomerInformationUserType(_user_type)

        _user_role = d.pop("userRole", None)
        user_role: CustomerInformationUserRole | None = None
        if _user_role is not None:
            user_role = CustomerInformationUserRole(_user_role)

        _customers = d.pop("customers", None)
        customers: list[Customer] | None = None
        if _customers is not None:
            customers = []
            _customers = _customers
            for customers_item_data in _customers:
                customers_item = Customer.from_dict(customers_item_data)

                customers.append(customers_item)

        _accepted_disclosure = d.pop("acceptedDisclosure", None)
        accepted_disclosure: bool | None = None
        if _accepted_disclosure is not None:
            accepted_disclosure = _accepted_disclosure
        _bill_pay_checked = d.pop("billPayChecked", None)
        bill_pay_checked: bool | None = None
        if _bill_pay_checked is not None:
            bill_pay_checked = _bill_pay_checked
        customer_information = cls(
            user_id=user_id,
            fi_id=fi_id,
            login_id=login_id,
            user_name=user_name,
            birth_date=birth_date,
            failed_login_count=failed_login_count,
            failed_password_reset_count=failed_password_reset_count,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            full_name=full_name,
            email_address=email_address,
            user_status=user_status,
            postal_addresses=postal_addresses,
            contact_methods=contact_methods,
            registration_date_time=registration_date_time,
            user_type=user_type,
            user_role=user_role,
            customers=customers,
            accepted_disclosure=accepted_disclosure,
            bill_pay_checked=bill_pay_checked,
        )

        customer_information.additional_properties = d
        return customer_information
