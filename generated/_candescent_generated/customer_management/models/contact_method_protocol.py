from enum import StrEnum
from typing import Any


class ContactMethodProtocol(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    EMAIL = "EMAIL"
    SMS = "SMS"
    VOICE = "VOICE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ContactMethodProtocol | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
