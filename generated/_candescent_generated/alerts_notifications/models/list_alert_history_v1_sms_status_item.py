from enum import StrEnum
from typing import Any


class ListAlertHistoryV1SmsStatusItem(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    FAILURE = "FAILURE"
    IN_PROCESS = "IN_PROCESS"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ListAlertHistoryV1SmsStatusItem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
