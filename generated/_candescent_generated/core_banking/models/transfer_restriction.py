from enum import StrEnum
from typing import Any


class TransferRestriction(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    EXCLUDE_ALL = "EXCLUDE_ALL"
    EXCLUDE_AS_FROM = "EXCLUDE_AS_FROM"
    EXCLUDE_AS_TO = "EXCLUDE_AS_TO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TransferRestriction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
