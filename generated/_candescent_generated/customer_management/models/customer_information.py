from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_information_user_role import CustomerInformationUserRole
from ..models.customer_information_user_type import CustomerInformationUserType
from ..types import UNSET, Unset, keys_only, parse_date
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

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
        user_id (str | Unset): The user's id (32 upper-case hexadecimal characters).
        fi_id (str | Unset): The institution's five-digit id.
        login_id (str | Unset): The user's authentication id (32 lower-case hexadecimal characters), not the name they
            sign in with.
        user_name (str | Unset): The name the user signs in with.
        birth_date (datetime.date | Unset):
        failed_login_count (int | Unset): Failed sign-in attempts on record.
        failed_password_reset_count (int | Unset): Failed password-reset attempts on record.
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        full_name (str | Unset):
        email_address (str | Unset):
        user_status (UserStatus | Unset): The user's state flags.
        postal_addresses (list[PostalAddress] | Unset): The customer's postal addresses.
        contact_methods (list[ContactMethod] | Unset): Where one-time passcodes can be sent.
        registration_date_time (datetime.date | Unset): When the user registered for digital banking (a date, despite
            the name).
        user_type (CustomerInformationUserType | Unset): RETAIL (a consumer) or BUSINESS (a business banking user).
        user_role (CustomerInformationUserRole | Unset): PRIMARY (the account holder) or ENTITLED (a user the holder
            gave access).
        customers (list[Customer] | Unset): The customers the user acts for; a business user's customerId goes into
            institutionCustomerId on business calls.
        accepted_disclosure (bool | Unset): Whether the user accepted the digital-banking disclosure.
        bill_pay_checked (bool | Unset): Whether bill pay is switched on for the user.
    """

    user_id: str | Unset = UNSET
    fi_id: str | Unset = UNSET
    login_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    failed_login_count: int | Unset = UNSET
    failed_password_reset_count: int | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    email_address: str | Unset = UNSET
    user_status: UserStatus | Unset = UNSET
    postal_addresses: list[PostalAddress] | Unset = UNSET
    contact_methods: list[ContactMethod] | Unset = UNSET
    registration_date_time: datetime.date | Unset = UNSET
    user_type: CustomerInformationUserType | Unset = UNSET
    user_role: CustomerInformationUserRole | Unset = UNSET
    customers: list[Customer] | Unset = UNSET
    accepted_disclosure: bool | Unset = UNSET
    bill_pay_checked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        user_id = self.user_id
        fi_id = self.fi_id
        login_id = self.login_id
        user_name = self.user_name
        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()
        failed_login_count = self.failed_login_count
        failed_password_reset_count = self.failed_password_reset_count
        first_name = self.first_name
        middle_name = self.middle_name
        last_name = self.last_name
        full_name = self.full_name
        email_address = self.email_address
        user_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_status, Unset):
            user_status = self.user_status.to_dict()
        postal_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postal_addresses, Unset):
            postal_addresses = []
            for postal_addresses_item_data in self.postal_addresses:
                postal_addresses_item = postal_addresses_item_data.to_dict()
                postal_addresses.append(postal_addresses_item)

        contact_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_methods, Unset):
            contact_methods = []
            for contact_methods_item_data in self.contact_methods:
                contact_methods_item = contact_methods_item_data.to_dict()
                contact_methods.append(contact_methods_item)

        registration_date_time: str | Unset = UNSET
        if not isinstance(self.registration_date_time, Unset):
            registration_date_time = self.registration_date_time.isoformat()
        user_type: str | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = CustomerInformationUserType(self.user_type).value

        user_role: str | Unset = UNSET
        if not isinstance(self.user_role, Unset):
            user_role = CustomerInformationUserRole(self.user_role).value

        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        accepted_disclosure = self.accepted_disclosure
        bill_pay_checked = self.bill_pay_checked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if fi_id is not UNSET:
            field_dict["fiId"] = fi_id
        if login_id is not UNSET:
            field_dict["loginId"] = login_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if failed_login_count is not UNSET:
            field_dict["failedLoginCount"] = failed_login_count
        if failed_password_reset_count is not UNSET:
            field_dict["failedPasswordResetCount"] = failed_password_reset_count
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if user_status is not UNSET:
            field_dict["userStatus"] = user_status
        if postal_addresses is not UNSET:
            field_dict["postalAddresses"] = postal_addresses
        if contact_methods is not UNSET:
            field_dict["contactMethods"] = contact_methods
        if registration_date_time is not UNSET:
            field_dict["registrationDateTime"] = registration_date_time
        if user_type is not UNSET:
            field_dict["userType"] = user_type
        if user_role is not UNSET:
            field_dict["userRole"] = user_role
        if customers is not UNSET:
            field_dict["customers"] = customers
        if accepted_disclosure is not UNSET:
            field_dict["acceptedDisclosure"] = accepted_disclosure
        if bill_pay_checked is not UNSET:
            field_dict["billPayChecked"] = bill_pay_checked

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_method import ContactMethod
        from ..models.customer import Customer
        from ..models.postal_address import PostalAddress
        from ..models.user_status import UserStatus

        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)
        fi_id = d.pop("fiId", UNSET)
        login_id = d.pop("loginId", UNSET)
        user_name = d.pop("userName", UNSET)
        _birth_date = d.pop("birthDate", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = parse_date(_birth_date)

        failed_login_count = d.pop("failedLoginCount", UNSET)
        failed_password_reset_count = d.pop("failedPasswordResetCount", UNSET)
        first_name = d.pop("firstName", UNSET)
        middle_name = d.pop("middleName", UNSET)
        last_name = d.pop("lastName", UNSET)
        full_name = d.pop("fullName", UNSET)
        email_address = d.pop("emailAddress", UNSET)
        _user_status = d.pop("userStatus", UNSET)
        user_status: UserStatus | Unset
        if isinstance(_user_status, Unset):
            user_status = UNSET
        else:
            user_status = UserStatus.from_dict(_user_status)

        _postal_addresses = d.pop("postalAddresses", UNSET)
        postal_addresses: list[PostalAddress] | Unset = UNSET
        if _postal_addresses is not UNSET:
            postal_addresses = []
            for postal_addresses_item_data in _postal_addresses:
                postal_addresses_item = PostalAddress.from_dict(postal_addresses_item_data)

                postal_addresses.append(postal_addresses_item)

        _contact_methods = d.pop("contactMethods", UNSET)
        contact_methods: list[ContactMethod] | Unset = UNSET
        if _contact_methods is not UNSET:
            contact_methods = []
            for contact_methods_item_data in _contact_methods:
                contact_methods_item = ContactMethod.from_dict(contact_methods_item_data)

                contact_methods.append(contact_methods_item)

        _registration_date_time = d.pop("registrationDateTime", UNSET)
        registration_date_time: datetime.date | Unset
        if isinstance(_registration_date_time, Unset):
            registration_date_time = UNSET
        else:
            registration_date_time = parse_date(_registration_date_time)

        _user_type = d.pop("userType", UNSET)
        user_type: CustomerInformationUserType | Unset
        if isinstance(_user_type, Unset):
            user_type = UNSET
        else:
            user_type = CustomerInformationUserType(_user_type)

        _user_role = d.pop("userRole", UNSET)
        user_role: CustomerInformationUserRole | Unset
        if isinstance(_user_role, Unset):
            user_role = UNSET
        else:
            user_role = CustomerInformationUserRole(_user_role)

        _customers = d.pop("customers", UNSET)
        customers: list[Customer] | Unset = UNSET
        if _customers is not UNSET:
            customers = []
            for customers_item_data in _customers:
                customers_item = Customer.from_dict(customers_item_data)

                customers.append(customers_item)

        accepted_disclosure = d.pop("acceptedDisclosure", UNSET)
        bill_pay_checked = d.pop("billPayChecked", UNSET)
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
