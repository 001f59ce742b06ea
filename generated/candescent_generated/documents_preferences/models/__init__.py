"""Contains all the data models used in inputs/outputs"""

from .account_type import AccountType
from .disclosure_data_type import DisclosureDataType
from .e_statement_account_preferences_request import EStatementAccountPreferencesRequest
from .e_statement_account_preferences_response import EStatementAccountPreferencesResponse
from .e_statement_disclosure import EStatementDisclosure
from .e_statement_disclosure_institution_disclosure_status import EStatementDisclosureInstitutionDisclosureStatus
from .e_statement_report_request import EStatementReportRequest
from .e_statement_report_response import EStatementReportResponse
from .e_statement_user_preferences_request import EStatementUserPreferencesRequest
from .e_statement_user_preferences_response import EStatementUserPreferencesResponse
from .error import Error
from .error_response import ErrorResponse
from .institution_disclosure import InstitutionDisclosure
from .institution_disclosure_create_request import InstitutionDisclosureCreateRequest
from .institution_disclosure_update_request import InstitutionDisclosureUpdateRequest
from .institution_disclosures_response import InstitutionDisclosuresResponse
from .institution_user_disclosure import InstitutionUserDisclosure
from .institution_user_disclosure_create_request import InstitutionUserDisclosureCreateRequest
from .institution_user_disclosure_delete_request import InstitutionUserDisclosureDeleteRequest
from .institution_user_disclosure_delete_request_institution_disclosure_name import (
    InstitutionUserDisclosureDeleteRequestInstitutionDisclosureName,
)
from .institution_user_disclosure_update_request import InstitutionUserDisclosureUpdateRequest
from .institution_user_disclosures_response import InstitutionUserDisclosuresResponse
from .opt_in_row import OptInRow
from .user_disclosure_status import UserDisclosureStatus

__all__ = (
    "AccountType",
    "DisclosureDataType",
    "EStatementAccountPreferencesRequest",
    "EStatementAccountPreferencesResponse",
    "EStatementDisclosure",
    "EStatementDisclosureInstitutionDisclosureStatus",
    "EStatementReportRequest",
    "EStatementReportResponse",
    "EStatementUserPreferencesRequest",
    "EStatementUserPreferencesResponse",
    "Error",
    "ErrorResponse",
    "InstitutionDisclosure",
    "InstitutionDisclosureCreateRequest",
    "InstitutionDisclosureUpdateRequest",
    "InstitutionDisclosuresResponse",
    "InstitutionUserDisclosure",
    "InstitutionUserDisclosureCreateRequest",
    "InstitutionUserDisclosureDeleteRequest",
    "InstitutionUserDisclosureDeleteRequestInstitutionDisclosureName",
    "InstitutionUserDisclosureUpdateRequest",
    "InstitutionUserDisclosuresResponse",
    "OptInRow",
    "UserDisclosureStatus",
)
