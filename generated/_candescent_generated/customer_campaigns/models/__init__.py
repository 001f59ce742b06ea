"""Contains all the data models used in inputs/outputs"""

from .create_user_list_metadata_request import CreateUserListMetadataRequest
from .create_user_list_metadata_request_user_lists_item import CreateUserListMetadataRequestUserListsItem
from .delete_experience_group_response import DeleteExperienceGroupResponse
from .experience_group_request import ExperienceGroupRequest
from .experience_group_request_group_platform import ExperienceGroupRequestGroupPlatform
from .experience_group_request_group_type import ExperienceGroupRequestGroupType
from .experience_group_response import ExperienceGroupResponse
from .experience_group_response_group_platform import ExperienceGroupResponseGroupPlatform
from .experience_group_response_group_status import ExperienceGroupResponseGroupStatus
from .experience_group_response_group_type import ExperienceGroupResponseGroupType
from .experience_groups_response import ExperienceGroupsResponse
from .file_error_report import FileErrorReport
from .file_metadata import FileMetadata
from .file_metadata_userlist_operation import FileMetadataUserlistOperation
from .file_status import FileStatus
from .file_status_job_status import FileStatusJobStatus
from .get_user_list_details_v1_view_name import GetUserListDetailsV1ViewName
from .groups_with_participants_count import GroupsWithParticipantsCount
from .groups_with_participants_count_group_type import GroupsWithParticipantsCountGroupType
from .job import Job
from .job_error import JobError
from .job_errors_response import JobErrorsResponse
from .job_group_type import JobGroupType
from .job_job_status import JobJobStatus
from .job_type import JobType
from .jobs_response import JobsResponse
from .link import Link
from .link_1 import Link1
from .page import Page
from .page_1 import Page1
from .upload_experience_group_participants_request import UploadExperienceGroupParticipantsRequest
from .upload_experience_group_participants_request_type import UploadExperienceGroupParticipantsRequestType
from .upload_experience_group_participants_response import UploadExperienceGroupParticipantsResponse
from .upload_experience_group_participants_response_job_status import UploadExperienceGroupParticipantsResponseJobStatus
from .user_list_details_response import UserListDetailsResponse
from .user_list_file import UserListFile
from .user_list_job_request import UserListJobRequest
from .user_list_job_response import UserListJobResponse
from .user_list_job_status import UserListJobStatus
from .user_list_job_status_details import UserListJobStatusDetails
from .user_list_job_status_details_code import UserListJobStatusDetailsCode

__all__ = (
    "CreateUserListMetadataRequest",
    "CreateUserListMetadataRequestUserListsItem",
    "DeleteExperienceGroupResponse",
    "ExperienceGroupRequest",
    "ExperienceGroupRequestGroupPlatform",
    "ExperienceGroupRequestGroupType",
    "ExperienceGroupResponse",
    "ExperienceGroupResponseGroupPlatform",
    "ExperienceGroupResponseGroupStatus",
    "ExperienceGroupResponseGroupType",
    "ExperienceGroupsResponse",
    "FileErrorReport",
    "FileMetadata",
    "FileMetadataUserlistOperation",
    "FileStatus",
    "FileStatusJobStatus",
    "GetUserListDetailsV1ViewName",
    "GroupsWithParticipantsCount",
    "GroupsWithParticipantsCountGroupType",
    "Job",
    "JobError",
    "JobErrorsResponse",
    "JobGroupType",
    "JobJobStatus",
    "JobType",
    "JobsResponse",
    "Link",
    "Link1",
    "Page",
    "Page1",
    "UploadExperienceGroupParticipantsRequest",
    "UploadExperienceGroupParticipantsRequestType",
    "UploadExperienceGroupParticipantsResponse",
    "UploadExperienceGroupParticipantsResponseJobStatus",
    "UserListDetailsResponse",
    "UserListFile",
    "UserListJobRequest",
    "UserListJobResponse",
    "UserListJobStatus",
    "UserListJobStatusDetails",
    "UserListJobStatusDetailsCode",
)
