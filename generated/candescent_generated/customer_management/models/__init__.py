"""Contains all the data models used in inputs/outputs"""

from .additional_info import AdditionalInfo
from .address_change import AddressChange
from .channel_info import ChannelInfo
from .channel_infos import ChannelInfos
from .contact_info import ContactInfo
from .contact_info_user_id_type import ContactInfoUserIdType
from .contact_method_item import ContactMethodItem
from .contact_method_item_protocol import ContactMethodItemProtocol
from .contact_method_response import ContactMethodResponse
from .credential import Credential
from .customer_contact_method import CustomerContactMethod
from .customer_contact_method_protocol import CustomerContactMethodProtocol
from .customer_information import CustomerInformation
from .customer_information_user_role import CustomerInformationUserRole
from .customer_information_user_type import CustomerInformationUserType
from .customer_summary import CustomerSummary
from .customer_summary_customer_type import CustomerSummaryCustomerType
from .email_change import EmailChange
from .error import Error
from .error_response import ErrorResponse
from .fi_customer import FICustomer
from .get_customer_contact_methods_user_id_type import GetCustomerContactMethodsUserIdType
from .get_customer_information_user_id_type import GetCustomerInformationUserIdType
from .get_customer_v2_fi_customer_id_type import GetCustomerV2FiCustomerIdType
from .get_institution_user_v1_user_id_type import GetInstitutionUserV1UserIdType
from .get_institution_user_v2_user_id_type import GetInstitutionUserV2UserIdType
from .get_user_status_v1_user_id_type import GetUserStatusV1UserIdType
from .identification_document import IdentificationDocument
from .identification_document_identification_document_type import IdentificationDocumentIdentificationDocumentType
from .institution_contact_method import InstitutionContactMethod
from .institution_contact_method_contact_method_type import InstitutionContactMethodContactMethodType
from .institution_contact_method_protocol import InstitutionContactMethodProtocol
from .institution_customer import InstitutionCustomer
from .institution_postal_address import InstitutionPostalAddress
from .institution_user import InstitutionUser
from .institution_user_institution_user_role import InstitutionUserInstitutionUserRole
from .institution_user_institution_user_type import InstitutionUserInstitutionUserType
from .institution_user_v2 import InstitutionUserV2
from .key_value import KeyValue
from .legacy_contact_info import LegacyContactInfo
from .legacy_fi_customer import LegacyFICustomer
from .legacy_postal_address import LegacyPostalAddress
from .person import Person
from .person_name import PersonName
from .phone_change import PhoneChange
from .phone_number import PhoneNumber
from .postal_address import PostalAddress
from .postal_address_type import PostalAddressType
from .reset_password_request import ResetPasswordRequest
from .reset_password_request_protocol import ResetPasswordRequestProtocol
from .status import Status
from .status_error_info_item import StatusErrorInfoItem
from .status_error_info_item_error_type import StatusErrorInfoItemErrorType
from .sub_user import SubUser
from .sub_user_status import SubUserStatus
from .typed_value import TypedValue
from .user_status import UserStatus
from .user_status_flags import UserStatusFlags
from .user_status_info import UserStatusInfo

__all__ = (
    "AdditionalInfo",
    "AddressChange",
    "ChannelInfo",
    "ChannelInfos",
    "ContactInfo",
    "ContactInfoUserIdType",
    "ContactMethodItem",
    "ContactMethodItemProtocol",
    "ContactMethodResponse",
    "Credential",
    "CustomerContactMethod",
    "CustomerContactMethodProtocol",
    "CustomerInformation",
    "CustomerInformationUserRole",
    "CustomerInformationUserType",
    "CustomerSummary",
    "CustomerSummaryCustomerType",
    "EmailChange",
    "Error",
    "ErrorResponse",
    "FICustomer",
    "GetCustomerContactMethodsUserIdType",
    "GetCustomerInformationUserIdType",
    "GetCustomerV2FiCustomerIdType",
    "GetInstitutionUserV1UserIdType",
    "GetInstitutionUserV2UserIdType",
    "GetUserStatusV1UserIdType",
    "IdentificationDocument",
    "IdentificationDocumentIdentificationDocumentType",
    "InstitutionContactMethod",
    "InstitutionContactMethodContactMethodType",
    "InstitutionContactMethodProtocol",
    "InstitutionCustomer",
    "InstitutionPostalAddress",
    "InstitutionUser",
    "InstitutionUserInstitutionUserRole",
    "InstitutionUserInstitutionUserType",
    "InstitutionUserV2",
    "KeyValue",
    "LegacyContactInfo",
    "LegacyFICustomer",
    "LegacyPostalAddress",
    "Person",
    "PersonName",
    "PhoneChange",
    "PhoneNumber",
    "PostalAddress",
    "PostalAddressType",
    "ResetPasswordRequest",
    "ResetPasswordRequestProtocol",
    "Status",
    "StatusErrorInfoItem",
    "StatusErrorInfoItemErrorType",
    "SubUser",
    "SubUserStatus",
    "TypedValue",
    "UserStatus",
    "UserStatusFlags",
    "UserStatusInfo",
)
