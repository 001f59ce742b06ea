from enum import StrEnum
from typing import Any


class BusinessUserRole(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    BUSINESS_USER = "BUSINESS_USER"
    PRIMARY_ADMIN = "PRIMARY_ADMIN"
    SECONDARY_ADMIN = "SECONDARY_ADMIN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "BusinessUserRole | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
