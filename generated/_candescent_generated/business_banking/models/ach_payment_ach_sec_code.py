from enum import StrEnum
from typing import Any


class AchPaymentAchSecCode(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    CHILD_SUPPORT_CCD = "CHILD_SUPPORT_CCD"
    COMMERCIAL_CCD = "COMMERCIAL_CCD"
    CONSUMER_PPD = "CONSUMER_PPD"
    PAYROLL_PPD = "PAYROLL_PPD"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AchPaymentAchSecCode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
