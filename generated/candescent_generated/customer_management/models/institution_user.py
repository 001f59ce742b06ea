from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.institution_user_institution_user_role import InstitutionUserInstitutionUserRole
from ..models.institution_user_institution_user_type import InstitutionUserInstitutionUserType
from ..types import UNSET, Unset, keys_only, parse_date, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.additional_info import AdditionalInfo
    from ..models.institution_contact_method import InstitutionContactMethod
    from ..models.institution_customer import InstitutionCustomer
    from ..models.institution_postal_address import InstitutionPostalAddress
    from ..models.sub_user import SubUser
    from ..models.user_status_flags import UserStatusFlags


T = TypeVar("T", bound="InstitutionUser")


@_attrs_define
class InstitutionUser(_Model):
    """
    Attributes:
        institution_user_id (str):
        institution_id (str):
        institution_user_type (InstitutionUserInstitutionUserType):
        user_id (str):
        user_name (str):
        failed_login_count (int):
        failed_password_reset_count (int):
        additional_info (AdditionalInfo):
        parent_institution_user_id (str | Unset):
        registration_date_time (datetime.datetime | Unset):
        institution_user_role (InstitutionUserInstitutionUserRole | Unset):
        institution_customers (list[InstitutionCustomer] | Unset):
        sub_users (list[SubUser] | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        full_name (str | Unset):
        email (str | Unset):
        last_login_date_time (datetime.datetime | Unset):
        user_status (UserStatusFlags | Unset):
        birth_date (datetime.date | Unset):
        postal_addresses (list[InstitutionPostalAddress] | Unset):
        contact_methods (list[InstitutionContactMethod] | Unset):
    """

    institution_user_id: str
    institution_id: str
    institution_user_type: InstitutionUserInstitutionUserType
    user_id: str
    user_name: str
    failed_login_count: int
    failed_password_reset_count: int
    additional_info: AdditionalInfo
    parent_institution_user_id: str | Unset = UNSET
    registration_date_time: datetime.datetime | Unset = UNSET
    institution_user_role: InstitutionUserInstitutionUserRole | Unset = UNSET
    institution_customers: list[InstitutionCustomer] | Unset = UNSET
    sub_users: list[SubUser] | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    email: str | Unset = UNSET
    last_login_date_time: datetime.datetime | Unset = UNSET
    user_status: UserStatusFlags | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    postal_addresses: list[InstitutionPostalAddress] | Unset = UNSET
    contact_methods: list[InstitutionContactMethod] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        institution_user_id = self.institution_user_id
        institution_id = self.institution_id
        institution_user_type = InstitutionUserInstitutionUserType(self.institution_user_type).value
        user_id = self.user_id
        user_name = self.user_name
        failed_login_count = self.failed_login_count
        failed_password_reset_count = self.failed_password_reset_count
        additional_info = self.additional_info.to_dict()
        parent_institution_user_id = self.parent_institution_user_id
        registration_date_time: str | Unset = UNSET
        if not isinstance(self.registration_date_time, Unset):
            registration_date_time = self.registration_date_time.isoformat()
        institution_user_role: str | Unset = UNSET
        if not isinstance(self.institution_user_role, Unset):
            institution_user_role = InstitutionUserInstitutionUserRole(self.institution_user_role).value

        institution_customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.institution_customers, Unset):
            institution_customers = []
            for institution_customers_item_data in self.institution_customers:
                institution_customers_item = institution_customers_item_data.to_dict()
                institution_customers.append(institution_customers_item)

        sub_users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_users, Unset):
            sub_users = []
            for sub_users_item_data in self.sub_users:
                sub_users_item = sub_users_item_data.to_dict()
                sub_users.append(sub_users_item)

        first_name = self.first_name
        middle_name = self.middle_name
        last_name = self.last_name
        full_name = self.full_name
        email = self.email
        last_login_date_time: str | Unset = UNSET
        if not isinstance(self.last_login_date_time, Unset):
            last_login_date_time = self.last_login_date_time.isoformat()
        user_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_status, Unset):
            user_status = self.user_status.to_dict()
        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "institutionUserId": institution_user_id,
                "institutionId": institution_id,
                "institutionUserType": institution_user_type,
                "userId": user_id,
                "userName": user_name,
                "failedLoginCount": failed_login_count,
                "failedPasswordResetCount": failed_password_reset_count,
                "additionalInfo": additional_info,
            }
        )
        if parent_institution_user_id is not UNSET:
            field_dict["parentInstitutionUserId"] = parent_institution_user_id
        if registration_date_time is not UNSET:
            field_dict["registrationDateTime"] = registration_date_time
        if institution_user_role is not UNSET:
            field_dict["institutionUserRole"] = institution_user_role
        if institution_customers is not UNSET:
            field_dict["institutionCustomers"] = institution_customers
        if sub_users is not UNSET:
            field_dict["subUsers"] = sub_users
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if email is not UNSET:
            field_dict["email"] = email
        if last_login_date_time is not UNSET:
            field_dict["lastLoginDateTime"] = last_login_date_time
        if user_status is not UNSET:
            field_dict["userStatus"] = user_status
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if postal_addresses is not UNSET:
            field_dict["postalAddresses"] = postal_addresses
        if contact_methods is not UNSET:
            field_dict["contactMethods"] = contact_methods

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_info import AdditionalInfo
        from ..models.institution_contact_method import InstitutionContactMethod
        from ..models.institution_customer import InstitutionCustomer
        from ..models.institution_postal_address import InstitutionPostalAddress
        from ..models.sub_user import SubUser
        from ..models.user_status_flags import UserStatusFlags

        d = dict(src_dict)
        institution_user_id = d.pop("institutionUserId")
        institution_id = d.pop("institutionId")
        institution_user_type = InstitutionUserInstitutionUserType(d.pop("institutionUserType"))

        user_id = d.pop("userId")
        user_name = d.pop("userName")
        failed_login_count = d.pop("failedLoginCount")
        failed_password_reset_count = d.pop("failedPasswordResetCount")
        additional_info = AdditionalInfo.from_dict(d.pop("additionalInfo"))

        parent_institution_user_id = d.pop("parentInstitutionUserId", UNSET)
        _registration_date_time = d.pop("registrationDateTime", UNSET)
        registration_date_time: datetime.datetime | Unset
        if isinstance(_registration_date_time, Unset):
            registration_date_time = UNSET
        else:
            registration_date_time = parse_datetime(_registration_date_time)

        _institution_user_role = d.pop("institutionUserRole", UNSET)
        institution_user_role: InstitutionUserInstitutionUserRole | Unset
        if isinstance(_institution_user_role, Unset):
            institution_user_role = UNSET
        else:
            institution_user_role = InstitutionUserInstitutionUserRole(_institution_user_role)

        _institution_customers = d.pop("institutionCustomers", UNSET)
        institution_customers: list[InstitutionCustomer] | Unset = UNSET
        if _institution_customers is not UNSET:
            institution_customers = []
            for institution_customers_item_data in _institution_customers:
                institution_customers_item = InstitutionCustomer.from_dict(institution_customers_item_data)

                institution_customers.append(institution_customers_item)

        _sub_users = d.pop("subUsers", UNSET)
        sub_users: list[SubUser] | Unset = UNSET
        if _sub_users is not UNSET:
            sub_users = []
            for sub_users_item_data in _sub_users:
                sub_users_item = SubUser.from_dict(sub_users_item_data)

                sub_users.append(sub_users_item)

        first_name = d.pop("firstName", UNSET)
        middle_name = d.pop("middleName", UNSET)
        last_name = d.pop("lastName", UNSET)
        full_name = d.pop("fullName", UNSET)
        email = d.pop("email", UNSET)
        _last_login_date_time = d.pop("lastLoginDateTime", UNSET)
        last_login_date_time: datetime.datetime | Unset
        if isinstance(_last_login_date_time, Unset):
            last_login_date_time = UNSET
        else:
            last_login_date_time = parse_datetime(_last_login_date_time)

        _user_status = d.pop("userStatus", UNSET)
        user_status: UserStatusFlags | Unset
        if isinstance(_user_status, Unset):
            user_status = UNSET
        else:
            user_status = UserStatusFlags.from_dict(_user_status)

        _birth_date = d.pop("birthDate", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = parse_date(_birth_date)

        _postal_addresses = d.pop("postalAddresses", UNSET)
        postal_addresses: list[InstitutionPostalAddress] | Unset = UNSET
        if _postal_addresses is not UNSET:
            postal_addresses = []
            for postal_addresses_item_data in _postal_addresses:
                postal_addresses_item = InstitutionPostalAddress.from_dict(postal_addresses_item_data)

                postal_addresses.append(postal_addresses_item)

        _contact_methods = d.pop("contactMethods", UNSET)
        contact_methods: list[InstitutionContactMethod] | Unset = UNSET
        if _contact_methods is not UNSET:
            contact_methods = []
            for contact_methods_item_data in _contact_methods:
                contact_methods_item = InstitutionContactMethod.from_dict(contact_methods_item_data)

                contact_methods.append(contact_methods_item)

        institution_user = cls(
            institution_user_id=institution_user_id,
            institution_id=institution_id,
            institution_user_type=institution_user_type,
            user_id=user_id,
            user_name=user_name,
            failed_login_count=failed_login_count,
            failed_password_reset_count=failed_password_reset_count,
            additional_info=additional_info,
            parent_institution_user_id=parent_institution_user_id,
            registration_date_time=registration_date_time,
            institution_user_role=institution_user_role,
            institution_customers=institution_customers,
            sub_users=sub_users,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            full_name=full_name,
            email=email,
            last_login_date_time=last_login_date_time,
            user_status=user_status,
            birth_date=birth_date,
            postal_addresses=postal_addresses,
            contact_methods=contact_methods,
        )

        institution_user.additional_properties = d
        return institution_user
