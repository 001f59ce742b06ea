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
    from ..models.contact_method_1 import ContactMethod1
    from ..models.identification_document import IdentificationDocument
    from ..models.institution_customer import InstitutionCustomer
    from ..models.institution_user import InstitutionUser
    from ..models.institution_user_additional_info import InstitutionUserAdditionalInfo
    from ..models.institution_user_status import InstitutionUserStatus
    from ..models.postal_address_1 import PostalAddress1


T = TypeVar("T", bound="InstitutionUserV2")


@_attrs_define
class InstitutionUserV2(_Model):
    """
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
        registration_date_time (datetime.datetime | Unset): When the user registered for digital banking.
        parent_institution_user_id (str | Unset): For a sub-user: the user who administers them.
        institution_user_role (InstitutionUserInstitutionUserRole | Unset): PRIMARY (the account holder), ENTITLED (a
            user the holder gave access), or a business banking role: BUSINESS_ADMIN, BUSINESS_SECONDARY_ADMIN,
            BUSINESS_USER.
        institution_customers (list[InstitutionCustomer] | Unset): The customers the user acts for (a business user: one
            per location or TIN).
        sub_users (list[InstitutionUser] | Unset): With $expand=subUsers: the users this user administers, in the same
            shape (not for business users).
        last_name (str | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        full_name (str | Unset):
        salutation (str | Unset): The title before the name, e.g. Dr.
        suffix (str | Unset): The suffix after the name, e.g. Jr.
        email (str | Unset):
        last_login_date_time (datetime.datetime | Unset): When the user last signed in.
        hold_date_time (datetime.datetime | Unset): When the user was put on hold.
        hold_reason (str | Unset): Why the user is on hold.
        hold_initiated_by (str | Unset): Who put the user on hold.
        user_status (InstitutionUserStatus | Unset): The user's state; only the flags that are true are present.
        birth_date (datetime.date | Unset):
        postal_addresses (list[PostalAddress1] | Unset): With $expand=postalAddresses: the user's postal addresses.
        contact_methods (list[ContactMethod1] | Unset): With $expand=contactMethods: where one-time passcodes can be
            sent.
        identification_documents (list[IdentificationDocument] | Unset): With $expand=identificationDocuments: the
            user's identity documents, numbers encrypted.
    """

    institution_user_id: str
    institution_id: str
    institution_user_type: InstitutionUserInstitutionUserType
    user_id: str
    user_name: str
    failed_login_count: int
    failed_password_reset_count: int
    additional_info: InstitutionUserAdditionalInfo
    registration_date_time: datetime.datetime | Unset = UNSET
    parent_institution_user_id: str | Unset = UNSET
    institution_user_role: InstitutionUserInstitutionUserRole | Unset = UNSET
    institution_customers: list[InstitutionCustomer] | Unset = UNSET
    sub_users: list[InstitutionUser] | Unset = UNSET
    last_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    salutation: str | Unset = UNSET
    suffix: str | Unset = UNSET
    email: str | Unset = UNSET
    last_login_date_time: datetime.datetime | Unset = UNSET
    hold_date_time: datetime.datetime | Unset = UNSET
    hold_reason: str | Unset = UNSET
    hold_initiated_by: str | Unset = UNSET
    user_status: InstitutionUserStatus | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    postal_addresses: list[PostalAddress1] | Unset = UNSET
    contact_methods: list[ContactMethod1] | Unset = UNSET
    identification_documents: list[IdentificationDocument] | Unset = UNSET
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
        registration_date_time: str | Unset = UNSET
        if not isinstance(self.registration_date_time, Unset):
            registration_date_time = self.registration_date_time.isoformat()
        parent_institution_user_id = self.parent_institution_user_id
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

        last_name = self.last_name
        first_name = self.first_name
        middle_name = self.middle_name
        full_name = self.full_name
        salutation = self.salutation
        suffix = self.suffix
        email = self.email
        last_login_date_time: str | Unset = UNSET
        if not isinstance(self.last_login_date_time, Unset):
            last_login_date_time = self.last_login_date_time.isoformat()
        hold_date_time: str | Unset = UNSET
        if not isinstance(self.hold_date_time, Unset):
            hold_date_time = self.hold_date_time.isoformat()
        hold_reason = self.hold_reason
        hold_initiated_by = self.hold_initiated_by
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

        identification_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identification_documents, Unset):
            identification_documents = []
            for identification_documents_item_data in self.identification_documents:
                identification_documents_item = identification_documents_item_data.to_dict()
                identification_documents.append(identification_documents_item)

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
        if registration_date_time is not UNSET:
            field_dict["registrationDateTime"] = registration_date_time
        if parent_institution_user_id is not UNSET:
            field_dict["parentInstitutionUserId"] = parent_institution_user_id
        if institution_user_role is not UNSET:
            field_dict["institutionUserRole"] = institution_user_role
        if institution_customers is not UNSET:
            field_dict["institutionCustomers"] = institution_customers
        if sub_users is not UNSET:
            field_dict["subUsers"] = sub_users
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if email is not UNSET:
            field_dict["email"] = email
        if last_login_date_time is not UNSET:
            field_dict["lastLoginDateTime"] = last_login_date_time
        if hold_date_time is not UNSET:
            field_dict["holdDateTime"] = hold_date_time
        if hold_reason is not UNSET:
            field_dict["holdReason"] = hold_reason
        if hold_initiated_by is not UNSET:
            field_dict["holdInitiatedBy"] = hold_initiated_by
        if user_status is not UNSET:
            field_dict["userStatus"] = user_status
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if postal_addresses is not UNSET:
            field_dict["postalAddresses"] = postal_addresses
        if contact_methods is not UNSET:
            field_dict["contactMethods"] = contact_methods
        if identification_documents is not UNSET:
            field_dict["identificationDocuments"] = identification_documents

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_method_1 import ContactMethod1
        from ..models.identification_document import IdentificationDocument
        from ..models.institution_customer import InstitutionCustomer
        from ..models.institution_user import InstitutionUser
        from ..models.institution_user_additional_info import InstitutionUserAdditionalInfo
        from ..models.institution_user_status import InstitutionUserStatus
        from ..models.postal_address_1 import PostalAddress1

        d = dict(src_dict)
        institution_user_id = d.pop("institutionUserId")
        institution_id = d.pop("institutionId")
        institution_user_type = InstitutionUserInstitutionUserType(d.pop("institutionUserType"))

        user_id = d.pop("userId")
        user_name = d.pop("userName")
        failed_login_count = d.pop("failedLoginCount")
        failed_password_reset_count = d.pop("failedPasswordResetCount")
        additional_info = InstitutionUserAdditionalInfo.from_dict(d.pop("additionalInfo"))

        _registration_date_time = d.pop("registrationDateTime", UNSET)
        registration_date_time: datetime.datetime | Unset
        if isinstance(_registration_date_time, Unset):
            registration_date_time = UNSET
        else:
            registration_date_time = parse_datetime(_registration_date_time)

        parent_institution_user_id = d.pop("parentInstitutionUserId", UNSET)
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
        sub_users: list[InstitutionUser] | Unset = UNSET
        if _sub_users is not UNSET:
            sub_users = []
            for sub_users_item_data in _sub_users:
                sub_users_item = InstitutionUser.from_dict(sub_users_item_data)

                sub_users.append(sub_users_item)

        last_name = d.pop("lastName", UNSET)
        first_name = d.pop("firstName", UNSET)
        middle_name = d.pop("middleName", UNSET)
        full_name = d.pop("fullName", UNSET)
        salutation = d.pop("salutation", UNSET)
        suffix = d.pop("suffix", UNSET)
        email = d.pop("email", UNSET)
        _last_login_date_time = d.pop("lastLoginDateTime", UNSET)
        last_login_date_time: datetime.datetime | Unset
        if isinstance(_last_login_date_time, Unset):
            last_login_date_time = UNSET
        else:
            last_login_date_time = parse_datetime(_last_login_date_time)

        _hold_date_time = d.pop("holdDateTime", UNSET)
        hold_date_time: datetime.datetime | Unset
        if isinstance(_hold_date_time, Unset):
            hold_date_time = UNSET
        else:
            hold_date_time = parse_datetime(_hold_date_time)

        hold_reason = d.pop("holdReason", UNSET)
        hold_initiated_by = d.pop("holdInitiatedBy", UNSET)
        _user_status = d.pop("userStatus", UNSET)
        user_status: InstitutionUserStatus | Unset
        if isinstance(_user_status, Unset):
            user_status = UNSET
        else:
            user_status = InstitutionUserStatus.from_dict(_user_status)

        _birth_date = d.pop("birthDate", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = parse_date(_birth_date)

        _postal_addresses = d.pop("postalAddresses", UNSET)
        postal_addresses: list[PostalAddress1] | Unset = UNSET
        if _postal_addresses is not UNSET:
            postal_addresses = []
            for postal_addresses_item_data in _postal_addresses:
                postal_addresses_item = PostalAddress1.from_dict(postal_addresses_item_data)

                postal_addresses.append(postal_addresses_item)

        _contact_methods = d.pop("contactMethods", UNSET)
        contact_methods: list[ContactMethod1] | Unset = UNSET
        if _contact_methods is not UNSET:
            contact_methods = []
            for contact_methods_item_data in _contact_methods:
                contact_methods_item = ContactMethod1.from_dict(contact_methods_item_data)

                contact_methods.append(contact_methods_item)

        _identification_documents = d.pop("identificationDocuments", UNSET)
        identification_documents: list[IdentificationDocument] | Unset = UNSET
        if _identification_documents is not UNSET:
            identification_documents = []
            for identification_documents_item_data in _identification_documents:
                identification_documents_item = IdentificationDocument.from_dict(identification_documents_item_data)

                identification_documents.append(identification_documents_item)

        institution_user_v2 = cls(
            institution_user_id=institution_user_id,
            institution_id=institution_id,
            institution_user_type=institution_user_type,
            user_id=user_id,
            user_name=user_name,
            failed_login_count=failed_login_count,
            failed_password_reset_count=failed_password_reset_count,
            additional_info=additional_info,
            registration_date_time=registration_date_time,
            parent_institution_user_id=parent_institution_user_id,
            institution_user_role=institution_user_role,
            institution_customers=institution_customers,
            sub_users=sub_users,
            last_name=last_name,
            first_name=first_name,
            middle_name=middle_name,
            full_name=full_name,
            salutation=salutation,
            suffix=suffix,
            email=email,
            last_login_date_time=last_login_date_time,
            hold_date_time=hold_date_time,
            hold_reason=hold_reason,
            hold_initiated_by=hold_initiated_by,
            user_status=user_status,
            birth_date=birth_date,
            postal_addresses=postal_addresses,
            contact_methods=contact_methods,
            identification_documents=identification_documents,
        )

        institution_user_v2.additional_properties = d
        return institution_user_v2
