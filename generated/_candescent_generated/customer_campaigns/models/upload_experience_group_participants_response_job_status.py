from enum import StrEnum
from typing import Any


class UploadExperienceGroupParticipantsResponseJobStatus(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    CANCELLED = "CANCELLED"
    CREATED = "CREATED"
    FAILED = "FAILED"
    PARTIAL_SUCCESS = "PARTIAL_SUCCESS"
    PROCESSING = "PROCESSING"
    SUCCESSFUL = "SUCCESSFUL"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "UploadExperienceGroupParticipantsResponseJobStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
