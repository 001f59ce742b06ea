"""Contains all the data models used in inputs/outputs"""

from .challenge_question_info import ChallengeQuestionInfo
from .channel_info import ChannelInfo
from .channel_info_channel_type import ChannelInfoChannelType
from .channel_infos import ChannelInfos
from .contact_info import ContactInfo
from .contact_info_1 import ContactInfo1
from .contact_info_email import ContactInfoEmail
from .contact_info_phone_number import ContactInfoPhoneNumber
from .contact_info_user_id_type import ContactInfoUserIdType
from .contact_method import ContactMethod
from .contact_method_1 import ContactMethod1
from .contact_method_1_contact_method_type import ContactMethod1ContactMethodType
from .contact_method_1_protocol import ContactMethod1Protocol
from .contact_method_protocol import ContactMethodProtocol
from .contact_method_response import ContactMethodResponse
from .credential import Credential
from .credential_pin_option import CredentialPinOption
from .customer import Customer
from .customer_customer_type import CustomerCustomerType
from .customer_information import CustomerInformation
from .customer_information_user_role import CustomerInformationUserRole
from .customer_information_user_type import CustomerInformationUserType
from .destination import Destination
from .destination_protocol import DestinationProtocol
from .fi_customer import FICustomer
from .fi_customer_id import FICustomerId
from .fi_customer_id_type import FICustomerIdType
from .fi_customer_request import FICustomerRequest
from .fi_customer_request_channel_infos import FICustomerRequestChannelInfos
from .fi_customer_request_channel_infos_channel_info_item import FICustomerRequestChannelInfosChannelInfoItem
from .fi_customer_request_channel_infos_channel_info_item_credential import (
    FICustomerRequestChannelInfosChannelInfoItemCredential,
)
from .fi_customer_request_fi_id import FICustomerRequestFiId
from .fi_customer_request_host_credential import FICustomerRequestHostCredential
from .fi_customer_request_id import FICustomerRequestId
from .fi_customer_request_person import FICustomerRequestPerson
from .fi_customer_request_person_contact_info import FICustomerRequestPersonContactInfo
from .fi_customer_request_person_contact_info_phone_number_item import FICustomerRequestPersonContactInfoPhoneNumberItem
from .fi_customer_request_person_contact_info_postal_address_item import (
    FICustomerRequestPersonContactInfoPostalAddressItem,
)
from .fi_customer_request_person_person_name import FICustomerRequestPersonPersonName
from .fi_customer_response import FICustomerResponse
from .fi_customer_response_channel_infos import FICustomerResponseChannelInfos
from .fi_customer_response_channel_infos_channel_info_item import FICustomerResponseChannelInfosChannelInfoItem
from .fi_customer_response_channel_infos_channel_info_item_credential import (
    FICustomerResponseChannelInfosChannelInfoItemCredential,
)
from .fi_customer_response_destinations import FICustomerResponseDestinations
from .fi_customer_response_destinations_destination_item import FICustomerResponseDestinationsDestinationItem
from .fi_customer_response_fi_id import FICustomerResponseFiId
from .fi_customer_response_host_credential import FICustomerResponseHostCredential
from .fi_customer_response_id import FICustomerResponseId
from .fi_customer_response_person import FICustomerResponsePerson
from .fi_customer_response_person_contact_info import FICustomerResponsePersonContactInfo
from .fi_customer_response_person_contact_info_phone_number_item import (
    FICustomerResponsePersonContactInfoPhoneNumberItem,
)
from .fi_customer_response_person_contact_info_postal_address_item import (
    FICustomerResponsePersonContactInfoPostalAddressItem,
)
from .fi_customer_response_person_person_name import FICustomerResponsePersonPersonName
from .get_customer_contact_methods_user_id_type import GetCustomerContactMethodsUserIdType
from .get_customer_information_user_id_type import GetCustomerInformationUserIdType
from .get_customer_v2_fi_customer_id_type import GetCustomerV2FiCustomerIdType
from .get_institution_user_v1_user_id_type import GetInstitutionUserV1UserIdType
from .get_institution_user_v2_user_id_type import GetInstitutionUserV2UserIdType
from .get_user_status_v1_user_id_type import GetUserStatusV1UserIdType
from .id_type import IdType
from .identification_document import IdentificationDocument
from .identification_document_identification_document_type import IdentificationDocumentIdentificationDocumentType
from .institution_customer import InstitutionCustomer
from .institution_customer_additional_info import InstitutionCustomerAdditionalInfo
from .institution_customer_customer_type import InstitutionCustomerCustomerType
from .institution_user import InstitutionUser
from .institution_user_additional_info import InstitutionUserAdditionalInfo
from .institution_user_institution_user_role import InstitutionUserInstitutionUserRole
from .institution_user_institution_user_type import InstitutionUserInstitutionUserType
from .institution_user_status import InstitutionUserStatus
from .institution_user_v2 import InstitutionUserV2
from .map_item import MapItem
from .mfa_cookie import MfaCookie
from .person import Person
from .postal_address import PostalAddress
from .postal_address_1 import PostalAddress1
from .postal_address_1_postal_address_type import PostalAddress1PostalAddressType
from .postal_address_type import PostalAddressType
from .product_app_user_info import ProductAppUserInfo
from .product_app_user_infos import ProductAppUserInfos
from .product_user_info import ProductUserInfo
from .reset_password_request import ResetPasswordRequest
from .reset_password_request_protocol import ResetPasswordRequestProtocol
from .sub_user_status import SubUserStatus
from .update_contact_info_postal_address import UpdateContactInfoPostalAddress
from .user_status import UserStatus
from .user_status_1 import UserStatus1
from .user_status_2 import UserStatus2
from .user_status_additional_info import UserStatusAdditionalInfo

__all__ = (
    "ChallengeQuestionInfo",
    "ChannelInfo",
    "ChannelInfoChannelType",
    "ChannelInfos",
    "ContactInfo",
    "ContactInfo1",
    "ContactInfoEmail",
    "ContactInfoPhoneNumber",
    "ContactInfoUserIdType",
    "ContactMethod",
    "ContactMethod1",
    "ContactMethod1ContactMethodType",
    "ContactMethod1Protocol",
    "ContactMethodProtocol",
    "ContactMethodResponse",
    "Credential",
    "CredentialPinOption",
    "Customer",
    "CustomerCustomerType",
    "CustomerInformation",
    "CustomerInformationUserRole",
    "CustomerInformationUserType",
    "Destination",
    "DestinationProtocol",
    "FICustomer",
    "FICustomerId",
    "FICustomerIdType",
    "FICustomerRequest",
    "FICustomerRequestChannelInfos",
    "FICustomerRequestChannelInfosChannelInfoItem",
    "FICustomerRequestChannelInfosChannelInfoItemCredential",
    "FICustomerRequestFiId",
    "FICustomerRequestHostCredential",
    "FICustomerRequestId",
    "FICustomerRequestPerson",
    "FICustomerRequestPersonContactInfo",
    "FICustomerRequestPersonContactInfoPhoneNumberItem",
    "FICustomerRequestPersonContactInfoPostalAddressItem",
    "FICustomerRequestPersonPersonName",
    "FICustomerResponse",
    "FICustomerResponseChannelInfos",
    "FICustomerResponseChannelInfosChannelInfoItem",
    "FICustomerResponseChannelInfosChannelInfoItemCredential",
    "FICustomerResponseDestinations",
    "FICustomerResponseDestinationsDestinationItem",
    "FICustomerResponseFiId",
    "FICustomerResponseHostCredential",
    "FICustomerResponseId",
    "FICustomerResponsePerson",
    "FICustomerResponsePersonContactInfo",
    "FICustomerResponsePersonContactInfoPhoneNumberItem",
    "FICustomerResponsePersonContactInfoPostalAddressItem",
    "FICustomerResponsePersonPersonName",
    "GetCustomerContactMethodsUserIdType",
    "GetCustomerInformationUserIdType",
    "GetCustomerV2FiCustomerIdType",
    "GetInstitutionUserV1UserIdType",
    "GetInstitutionUserV2UserIdType",
    "GetUserStatusV1UserIdType",
    "IdType",
    "IdentificationDocument",
    "IdentificationDocumentIdentificationDocumentType",
    "InstitutionCustomer",
    "InstitutionCustomerAdditionalInfo",
    "InstitutionCustomerCustomerType",
    "InstitutionUser",
    "InstitutionUserAdditionalInfo",
    "InstitutionUserInstitutionUserRole",
    "InstitutionUserInstitutionUserType",
    "InstitutionUserStatus",
    "InstitutionUserV2",
    "MapItem",
    "MfaCookie",
    "Person",
    "PostalAddress",
    "PostalAddress1",
    "PostalAddress1PostalAddressType",
    "PostalAddressType",
    "ProductAppUserInfo",
    "ProductAppUserInfos",
    "ProductUserInfo",
    "ResetPasswordRequest",
    "ResetPasswordRequestProtocol",
    "SubUserStatus",
    "UpdateContactInfoPostalAddress",
    "UserStatus",
    "UserStatus1",
    "UserStatus2",
    "UserStatusAdditionalInfo",
)
