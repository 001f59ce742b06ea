from enum import StrEnum
from typing import Any


class FileStatusJobStatus(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    CANCELLED = "CANCELLED"
    COMPLETED_WITH_FAILURE = "COMPLETED_WITH_FAILURE"
    CREATED = "CREATED"
    DENIED = "DENIED"
    ERROR_ACCESSING_CAMPAIGN_SERVICE = "ERROR_ACCESSING_CAMPAIGN_SERVICE"
    ERROR_ACCESSING_GS = "ERROR_ACCESSING_GS"
    FAILED = "FAILED"
    PARTIAL_SUCCESS = "PARTIAL_SUCCESS"
    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"
    SUCCESSFUL = "SUCCESSFUL"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "FileStatusJobStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
