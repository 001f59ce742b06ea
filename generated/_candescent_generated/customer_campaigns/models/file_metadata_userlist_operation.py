from enum import StrEnum
from typing import Any


class FileMetadataUserlistOperation(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    ADD = "ADD"
    CREATE = "CREATE"
    CREATE_OR_ADD = "CREATE_OR_ADD"
    CREATE_OR_REPLACE = "CREATE_OR_REPLACE"
    REMOVE = "REMOVE"
    REPLACE = "REPLACE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "FileMetadataUserlistOperation | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
