from enum import StrEnum
from typing import Any


class ErrorInfoErrorType(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    APP_ERROR = "APP_ERROR"
    SYSTEM_ERROR = "SYSTEM_ERROR"
    USER_ERROR = "USER_ERROR"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ErrorInfoErrorType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
