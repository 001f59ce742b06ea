"""Contains all the data models used in inputs/outputs"""

from .account_type_2 import AccountType2
from .account_type_3 import AccountType3
from .e_statement_account_preference import EStatementAccountPreference
from .e_statement_account_preference_institution_disclosure_status import (
    EStatementAccountPreferenceInstitutionDisclosureStatus,
)
from .e_statement_account_preferences_request import EStatementAccountPreferencesRequest
from .e_statement_account_preferences_response import EStatementAccountPreferencesResponse
from .e_statement_report import EStatementReport
from .e_statement_report_request import EStatementReportRequest
from .e_statement_report_response import EStatementReportResponse
from .e_statement_user_preferences_request import EStatementUserPreferencesRequest
from .e_statement_user_preferences_response import EStatementUserPreferencesResponse
from .institution_disclosure import InstitutionDisclosure
from .institution_disclosure_create_request import InstitutionDisclosureCreateRequest
from .institution_disclosure_data_type import InstitutionDisclosureDataType
from .institution_disclosure_update_request import InstitutionDisclosureUpdateRequest
from .institution_disclosures_response import InstitutionDisclosuresResponse
from .institution_user_disclosure import InstitutionUserDisclosure
from .institution_user_disclosure_create_request import InstitutionUserDisclosureCreateRequest
from .institution_user_disclosure_delete_request import InstitutionUserDisclosureDeleteRequest
from .institution_user_disclosure_status import InstitutionUserDisclosureStatus
from .institution_user_disclosure_update_request import InstitutionUserDisclosureUpdateRequest
from .institution_user_disclosures_response import InstitutionUserDisclosuresResponse

__all__ = (
    "AccountType2",
    "AccountType3",
    "EStatementAccountPreference",
    "EStatementAccountPreferenceInstitutionDisclosureStatus",
    "EStatementAccountPreferencesRequest",
    "EStatementAccountPreferencesResponse",
    "EStatementReport",
    "EStatementReportRequest",
    "EStatementReportResponse",
    "EStatementUserPreferencesRequest",
    "EStatementUserPreferencesResponse",
    "InstitutionDisclosure",
    "InstitutionDisclosureCreateRequest",
    "InstitutionDisclosureDataType",
    "InstitutionDisclosureUpdateRequest",
    "InstitutionDisclosuresResponse",
    "InstitutionUserDisclosure",
    "InstitutionUserDisclosureCreateRequest",
    "InstitutionUserDisclosureDeleteRequest",
    "InstitutionUserDisclosureStatus",
    "InstitutionUserDisclosureUpdateRequest",
    "InstitutionUserDisclosuresResponse",
)
