"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_category import AccountCategory
from .account_category_1 import AccountCategory1
from .account_id import AccountId
from .account_id_type import AccountIdType
from .account_number import AccountNumber
from .account_status import AccountStatus
from .account_status_1 import AccountStatus1
from .account_status_2 import AccountStatus2
from .account_statuses import AccountStatuses
from .account_transaction import AccountTransaction
from .account_transaction_deposit_slip_identifier import AccountTransactionDepositSlipIdentifier
from .account_transaction_transaction_type import AccountTransactionTransactionType
from .account_type import AccountType
from .account_type_1 import AccountType1
from .accounts import Accounts
from .accounts_response import AccountsResponse
from .action import Action
from .actions import Actions
from .additional_filters import AdditionalFilters
from .associated_members import AssociatedMembers
from .balance import Balance
from .balance_1 import Balance1
from .banking_activity import BankingActivity
from .banking_image import BankingImage
from .banking_image_account_type import BankingImageAccountType
from .banking_images import BankingImages
from .condition import Condition
from .currency_code import CurrencyCode
from .deposit_account import DepositAccount
from .di_account_type import DIAccountType
from .di_account_type_1 import DIAccountType1
from .di_account_type_2 import DIAccountType2
from .display_flag import DisplayFlag
from .entitlement import Entitlement
from .entitlements import Entitlements
from .fi_account_type import FIAccountType
from .fi_customer_id_1 import FICustomerId1
from .fi_customer_id_1_type import FICustomerId1Type
from .get_account_by_id_v1_view_name import GetAccountByIdV1ViewName
from .host_promotion import HostPromotion
from .host_promotions import HostPromotions
from .id_type_1 import IdType1
from .image_info import ImageInfo
from .image_info_items import ImageInfoItems
from .image_info_type import ImageInfoType
from .image_type import ImageType
from .image_type_1 import ImageType1
from .image_view import ImageView
from .investment_account import InvestmentAccount
from .list_accounts_legacy_v2_intuit_ifs_user_type import ListAccountsLegacyV2IntuitIFSUserType
from .list_accounts_v1_apply import ListAccountsV1Apply
from .list_accounts_v1_view_name import ListAccountsV1ViewName
from .loan_account import LoanAccount
from .money import Money
from .money_1 import Money1
from .money_2 import Money2
from .ownership_type import OwnershipType
from .pagination import Pagination
from .payment_rule_type import PaymentRuleType
from .plastic_card import PlasticCard
from .reg_d_limits import RegDLimits
from .reg_d_limits_1 import RegDLimits1
from .resource import Resource
from .role import Role
from .role_attributes import RoleAttributes
from .roles import Roles
from .search_criteria import SearchCriteria
from .search_criteria_event_type import SearchCriteriaEventType
from .search_criteria_user_id_type import SearchCriteriaUserIdType
from .search_criteria_user_type import SearchCriteriaUserType
from .search_response import SearchResponse
from .service_filter import ServiceFilter
from .service_filter_criteria import ServiceFilterCriteria
from .split_date import SplitDate
from .string_map_entry_item import StringMapEntryItem
from .sub_filter import SubFilter
from .term import Term
from .term_type import TermType
from .term_type_1 import TermType1
from .tiered_loan_account import TieredLoanAccount
from .transaction import Transaction
from .transaction_additional_info import TransactionAdditionalInfo
from .transaction_image import TransactionImage
from .transaction_status import TransactionStatus
from .transaction_type import TransactionType
from .transactions_response import TransactionsResponse
from .transactions_response_additional_info import TransactionsResponseAdditionalInfo
from .transfer_restriction import TransferRestriction
from .ux_account import UXAccount
from .ux_account_ownership_type import UXAccountOwnershipType
from .warning import Warning_

__all__ = (
    "Account",
    "AccountCategory",
    "AccountCategory1",
    "AccountId",
    "AccountIdType",
    "AccountNumber",
    "AccountStatus",
    "AccountStatus1",
    "AccountStatus2",
    "AccountStatuses",
    "AccountTransaction",
    "AccountTransactionDepositSlipIdentifier",
    "AccountTransactionTransactionType",
    "AccountType",
    "AccountType1",
    "Accounts",
    "AccountsResponse",
    "Action",
    "Actions",
    "AdditionalFilters",
    "AssociatedMembers",
    "Balance",
    "Balance1",
    "BankingActivity",
    "BankingImage",
    "BankingImageAccountType",
    "BankingImages",
    "Condition",
    "CurrencyCode",
    "DIAccountType",
    "DIAccountType1",
    "DIAccountType2",
    "DepositAccount",
    "DisplayFlag",
    "Entitlement",
    "Entitlements",
    "FIAccountType",
    "FICustomerId1",
    "FICustomerId1Type",
    "GetAccountByIdV1ViewName",
    "HostPromotion",
    "HostPromotions",
    "IdType1",
    "ImageInfo",
    "ImageInfoItems",
    "ImageInfoType",
    "ImageType",
    "ImageType1",
    "ImageView",
    "InvestmentAccount",
    "ListAccountsLegacyV2IntuitIFSUserType",
    "ListAccountsV1Apply",
    "ListAccountsV1ViewName",
    "LoanAccount",
    "Money",
    "Money1",
    "Money2",
    "OwnershipType",
    "Pagination",
    "PaymentRuleType",
    "PlasticCard",
    "RegDLimits",
    "RegDLimits1",
    "Resource",
    "Role",
    "RoleAttributes",
    "Roles",
    "SearchCriteria",
    "SearchCriteriaEventType",
    "SearchCriteriaUserIdType",
    "SearchCriteriaUserType",
    "SearchResponse",
    "ServiceFilter",
    "ServiceFilterCriteria",
    "SplitDate",
    "StringMapEntryItem",
    "SubFilter",
    "Term",
    "TermType",
    "TermType1",
    "TieredLoanAccount",
    "Transaction",
    "TransactionAdditionalInfo",
    "TransactionImage",
    "TransactionStatus",
    "TransactionType",
    "TransactionsResponse",
    "TransactionsResponseAdditionalInfo",
    "TransferRestriction",
    "UXAccount",
    "UXAccountOwnershipType",
    "Warning_",
)
