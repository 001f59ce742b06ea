"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_additional_info import AccountAdditionalInfo
from .account_category import AccountCategory
from .account_status import AccountStatus
from .account_type import AccountType
from .accounts_response import AccountsResponse
from .additional_filters import AdditionalFilters
from .additional_filters_condition import AdditionalFiltersCondition
from .additional_info import AdditionalInfo
from .allowed_actions import AllowedActions
from .banking_activity import BankingActivity
from .banking_image import BankingImage
from .banking_image_transaction_status import BankingImageTransactionStatus
from .banking_images import BankingImages
from .di_account_type import DIAccountType
from .error import Error
from .error_info import ErrorInfo
from .error_info_error_type import ErrorInfoErrorType
from .error_response import ErrorResponse
from .get_account_by_id_v1_view_name import GetAccountByIdV1ViewName
from .image_info import ImageInfo
from .image_info_items import ImageInfoItems
from .image_info_type import ImageInfoType
from .image_info_view import ImageInfoView
from .image_type import ImageType
from .key_value import KeyValue
from .legacy_account import LegacyAccount
from .legacy_account_category import LegacyAccountCategory
from .legacy_account_id import LegacyAccountId
from .legacy_accounts import LegacyAccounts
from .legacy_balance import LegacyBalance
from .list_accounts_legacy_v2_intuit_ifs_user_type import ListAccountsLegacyV2IntuitIFSUserType
from .list_accounts_v1_apply import ListAccountsV1Apply
from .list_accounts_v1_view_name import ListAccountsV1ViewName
from .money import Money
from .pagination import Pagination
from .search_criteria import SearchCriteria
from .search_criteria_event_type import SearchCriteriaEventType
from .search_criteria_user_id_type import SearchCriteriaUserIdType
from .search_criteria_user_type import SearchCriteriaUserType
from .search_filter import SearchFilter
from .search_filter_criteria import SearchFilterCriteria
from .search_response import SearchResponse
from .search_sub_filter import SearchSubFilter
from .search_sub_filter_condition import SearchSubFilterCondition
from .status import Status
from .term import Term
from .term_term_type import TermTermType
from .transaction import Transaction
from .transaction_image import TransactionImage
from .transaction_image_image_type import TransactionImageImageType
from .transaction_type import TransactionType
from .transactions_response import TransactionsResponse
from .transactions_response_additional_info import TransactionsResponseAdditionalInfo
from .ux_account import UXAccount
from .ux_account_ownership_type import UXAccountOwnershipType
from .ux_account_type import UXAccountType
from .ux_balance import UXBalance
from .ux_transaction import UXTransaction
from .warning import Warning_

__all__ = (
    "Account",
    "AccountAdditionalInfo",
    "AccountCategory",
    "AccountStatus",
    "AccountType",
    "AccountsResponse",
    "AdditionalFilters",
    "AdditionalFiltersCondition",
    "AdditionalInfo",
    "AllowedActions",
    "BankingActivity",
    "BankingImage",
    "BankingImageTransactionStatus",
    "BankingImages",
    "DIAccountType",
    "Error",
    "ErrorInfo",
    "ErrorInfoErrorType",
    "ErrorResponse",
    "GetAccountByIdV1ViewName",
    "ImageInfo",
    "ImageInfoItems",
    "ImageInfoType",
    "ImageInfoView",
    "ImageType",
    "KeyValue",
    "LegacyAccount",
    "LegacyAccountCategory",
    "LegacyAccountId",
    "LegacyAccounts",
    "LegacyBalance",
    "ListAccountsLegacyV2IntuitIFSUserType",
    "ListAccountsV1Apply",
    "ListAccountsV1ViewName",
    "Money",
    "Pagination",
    "SearchCriteria",
    "SearchCriteriaEventType",
    "SearchCriteriaUserIdType",
    "SearchCriteriaUserType",
    "SearchFilter",
    "SearchFilterCriteria",
    "SearchResponse",
    "SearchSubFilter",
    "SearchSubFilterCondition",
    "Status",
    "Term",
    "TermTermType",
    "Transaction",
    "TransactionImage",
    "TransactionImageImageType",
    "TransactionType",
    "TransactionsResponse",
    "TransactionsResponseAdditionalInfo",
    "UXAccount",
    "UXAccountOwnershipType",
    "UXAccountType",
    "UXBalance",
    "UXTransaction",
    "Warning_",
)
