"""Contains all the data models used in inputs/outputs"""

from .account_entitled_feature import AccountEntitledFeature
from .ach_payment import AchPayment
from .ach_payment_ach_sec_code import AchPaymentAchSecCode
from .ach_payment_payment_type import AchPaymentPaymentType
from .ach_payment_status import AchPaymentStatus
from .ach_payment_transaction_type import AchPaymentTransactionType
from .ach_transaction import AchTransaction
from .ach_transaction_contact_account_type import AchTransactionContactAccountType
from .address import Address
from .bank_account import BankAccount
from .bb_registration import BbRegistration
from .bb_registration_status import BbRegistrationStatus
from .bb_registration_user import BbRegistrationUser
from .bb_registration_user_type import BbRegistrationUserType
from .beneficiary_bank_details_domestic import BeneficiaryBankDetailsDomestic
from .beneficiary_bank_details_international import BeneficiaryBankDetailsInternational
from .beneficiary_details import BeneficiaryDetails
from .business_address import BusinessAddress
from .business_contact import BusinessContact
from .business_details import BusinessDetails
from .business_details_additional_info import BusinessDetailsAdditionalInfo
from .business_details_status import BusinessDetailsStatus
from .business_entitlements_limits import BusinessEntitlementsLimits
from .business_registration_config import BusinessRegistrationConfig
from .business_tin_info import BusinessTinInfo
from .business_user import BusinessUser
from .business_user_role import BusinessUserRole
from .contact_method import ContactMethod
from .country_name import CountryName
from .currency_code import CurrencyCode
from .domestic_wire_transaction import DomesticWireTransaction
from .entitled_feature import EntitledFeature
from .entitled_tins import EntitledTins
from .feature_limits import FeatureLimits
from .intermediary_bank_details_domestic import IntermediaryBankDetailsDomestic
from .intermediary_bank_details_domestic_intermediary_bank_type import (
    IntermediaryBankDetailsDomesticIntermediaryBankType,
)
from .intermediary_bank_details_intl_wire_domestic_intermediary import (
    IntermediaryBankDetailsIntlWireDomesticIntermediary,
)
from .intermediary_bank_details_intl_wire_domestic_intermediary_intermediary_bank_type import (
    IntermediaryBankDetailsIntlWireDomesticIntermediaryIntermediaryBankType,
)
from .intermediary_bank_details_intl_wire_foreign_intermediary import IntermediaryBankDetailsIntlWireForeignIntermediary
from .intermediary_bank_details_intl_wire_foreign_intermediary_intermediary_bank_type import (
    IntermediaryBankDetailsIntlWireForeignIntermediaryIntermediaryBankType,
)
from .international_wire_transaction import InternationalWireTransaction
from .payments import Payments
from .protocol import Protocol
from .user_entitlements_limits import UserEntitlementsLimits
from .wire_payment import WirePayment
from .wire_payment_payment_type import WirePaymentPaymentType
from .wire_payment_status import WirePaymentStatus
from .wire_payment_transaction_type import WirePaymentTransactionType

__all__ = (
    "AccountEntitledFeature",
    "AchPayment",
    "AchPaymentAchSecCode",
    "AchPaymentPaymentType",
    "AchPaymentStatus",
    "AchPaymentTransactionType",
    "AchTransaction",
    "AchTransactionContactAccountType",
    "Address",
    "BankAccount",
    "BbRegistration",
    "BbRegistrationStatus",
    "BbRegistrationUser",
    "BbRegistrationUserType",
    "BeneficiaryBankDetailsDomestic",
    "BeneficiaryBankDetailsInternational",
    "BeneficiaryDetails",
    "BusinessAddress",
    "BusinessContact",
    "BusinessDetails",
    "BusinessDetailsAdditionalInfo",
    "BusinessDetailsStatus",
    "BusinessEntitlementsLimits",
    "BusinessRegistrationConfig",
    "BusinessTinInfo",
    "BusinessUser",
    "BusinessUserRole",
    "ContactMethod",
    "CountryName",
    "CurrencyCode",
    "DomesticWireTransaction",
    "EntitledFeature",
    "EntitledTins",
    "FeatureLimits",
    "IntermediaryBankDetailsDomestic",
    "IntermediaryBankDetailsDomesticIntermediaryBankType",
    "IntermediaryBankDetailsIntlWireDomesticIntermediary",
    "IntermediaryBankDetailsIntlWireDomesticIntermediaryIntermediaryBankType",
    "IntermediaryBankDetailsIntlWireForeignIntermediary",
    "IntermediaryBankDetailsIntlWireForeignIntermediaryIntermediaryBankType",
    "InternationalWireTransaction",
    "Payments",
    "Protocol",
    "UserEntitlementsLimits",
    "WirePayment",
    "WirePaymentPaymentType",
    "WirePaymentStatus",
    "WirePaymentTransactionType",
)
