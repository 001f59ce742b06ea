from enum import StrEnum
from typing import Any


class AchTransactionContactAccountType(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    BUSINESS_CHECKING = "BUSINESS_CHECKING"
    BUSINESS_LOAN = "BUSINESS_LOAN"
    BUSINESS_SAVINGS = "BUSINESS_SAVINGS"
    PERSONAL_CHECKING = "PERSONAL_CHECKING"
    PERSONAL_SAVINGS = "PERSONAL_SAVINGS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AchTransactionContactAccountType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
