"""Contains all the data models used in inputs/outputs"""

from .account_entitled_feature import AccountEntitledFeature
from .ach_payment import AchPayment
from .ach_payment_ach_sec_code import AchPaymentAchSecCode
from .ach_payment_payment_type import AchPaymentPaymentType
from .ach_payment_transaction_type import AchPaymentTransactionType
from .ach_transaction import AchTransaction
from .ach_transaction_contact_account_type import AchTransactionContactAccountType
from .address import Address
from .bank_account_features import BankAccountFeatures
from .bb_registration import BbRegistration
from .bb_registration_status import BbRegistrationStatus
from .bb_registration_user import BbRegistrationUser
from .bb_registration_user_user_type import BbRegistrationUserUserType
from .beneficiary_bank_details import BeneficiaryBankDetails
from .beneficiary_details import BeneficiaryDetails
from .business_contact import BusinessContact
from .business_details import BusinessDetails
from .business_details_additional_info import BusinessDetailsAdditionalInfo
from .business_details_status import BusinessDetailsStatus
from .business_registration_config import BusinessRegistrationConfig
from .business_tin_info import BusinessTinInfo
from .business_user import BusinessUser
from .business_user_role import BusinessUserRole
from .contact_method import ContactMethod
from .contact_method_protocol import ContactMethodProtocol
from .entitled_feature import EntitledFeature
from .entitled_tin import EntitledTin
from .entitlements_limits import EntitlementsLimits
from .error_response import ErrorResponse
from .get_business_details_v1_search_type import GetBusinessDetailsV1SearchType
from .intermediary_bank_details import IntermediaryBankDetails
from .intermediary_bank_details_intermediary_bank_type import IntermediaryBankDetailsIntermediaryBankType
from .limits import Limits
from .payment_error import PaymentError
from .payment_list import PaymentList
from .payment_status import PaymentStatus
from .wire_address import WireAddress
from .wire_payment import WirePayment
from .wire_payment_payment_type import WirePaymentPaymentType
from .wire_payment_transaction_type import WirePaymentTransactionType
from .wire_transaction import WireTransaction

__all__ = (
    "AccountEntitledFeature",
    "AchPayment",
    "AchPaymentAchSecCode",
    "AchPaymentPaymentType",
    "AchPaymentTransactionType",
    "AchTransaction",
    "AchTransactionContactAccountType",
    "Address",
    "BankAccountFeatures",
    "BbRegistration",
    "BbRegistrationStatus",
    "BbRegistrationUser",
    "BbRegistrationUserUserType",
    "BeneficiaryBankDetails",
    "BeneficiaryDetails",
    "BusinessContact",
    "BusinessDetails",
    "BusinessDetailsAdditionalInfo",
    "BusinessDetailsStatus",
    "BusinessRegistrationConfig",
    "BusinessTinInfo",
    "BusinessUser",
    "BusinessUserRole",
    "ContactMethod",
    "ContactMethodProtocol",
    "EntitledFeature",
    "EntitledTin",
    "EntitlementsLimits",
    "ErrorResponse",
    "GetBusinessDetailsV1SearchType",
    "IntermediaryBankDetails",
    "IntermediaryBankDetailsIntermediaryBankType",
    "Limits",
    "PaymentError",
    "PaymentList",
    "PaymentStatus",
    "WireAddress",
    "WirePayment",
    "WirePaymentPaymentType",
    "WirePaymentTransactionType",
    "WireTransaction",
)
