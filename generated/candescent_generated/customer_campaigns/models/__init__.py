"""Contains all the data models used in inputs/outputs"""

from .code_message import CodeMessage
from .create_user_list_metadata_request import CreateUserListMetadataRequest
from .error_response import ErrorResponse
from .experience_group_request import ExperienceGroupRequest
from .experience_group_request_group_platform import ExperienceGroupRequestGroupPlatform
from .experience_group_request_group_type import ExperienceGroupRequestGroupType
from .experience_group_response import ExperienceGroupResponse
from .experience_group_response_group_status import ExperienceGroupResponseGroupStatus
from .experience_group_summary import ExperienceGroupSummary
from .experience_groups_response import ExperienceGroupsResponse
from .file_error_report import FileErrorReport
from .file_metadata import FileMetadata
from .file_metadata_userlist_operation import FileMetadataUserlistOperation
from .file_status import FileStatus
from .get_user_list_details_v1_view_name import GetUserListDetailsV1ViewName
from .job import Job
from .job_error import JobError
from .job_errors_response import JobErrorsResponse
from .job_status import JobStatus
from .job_type import JobType
from .jobs_response import JobsResponse
from .link import Link
from .page_metadata import PageMetadata
from .promotions_error import PromotionsError
from .upload_participants_request import UploadParticipantsRequest
from .upload_participants_request_type import UploadParticipantsRequestType
from .upload_participants_response import UploadParticipantsResponse
from .user_list_details import UserListDetails
from .user_list_details_response import UserListDetailsResponse
from .user_list_entry import UserListEntry
from .user_list_job_request import UserListJobRequest
from .user_list_job_response import UserListJobResponse
from .user_list_job_status import UserListJobStatus
from .user_list_status import UserListStatus
from .user_list_status_code import UserListStatusCode

__all__ = (
    "CodeMessage",
    "CreateUserListMetadataRequest",
    "ErrorResponse",
    "ExperienceGroupRequest",
    "ExperienceGroupRequestGroupPlatform",
    "ExperienceGroupRequestGroupType",
    "ExperienceGroupResponse",
    "ExperienceGroupResponseGroupStatus",
    "ExperienceGroupSummary",
    "ExperienceGroupsResponse",
    "FileErrorReport",
    "FileMetadata",
    "FileMetadataUserlistOperation",
    "FileStatus",
    "GetUserListDetailsV1ViewName",
    "Job",
    "JobError",
    "JobErrorsResponse",
    "JobStatus",
    "JobType",
    "JobsResponse",
    "Link",
    "PageMetadata",
    "PromotionsError",
    "UploadParticipantsRequest",
    "UploadParticipantsRequestType",
    "UploadParticipantsResponse",
    "UserListDetails",
    "UserListDetailsResponse",
    "UserListEntry",
    "UserListJobRequest",
    "UserListJobResponse",
    "UserListJobStatus",
    "UserListStatus",
    "UserListStatusCode",
)
