from enum import StrEnum
from typing import Any


class Frequency(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    ANNUALLY = "ANNUALLY"
    BIWEEKLY = "BIWEEKLY"
    DAILY = "DAILY"
    EVERY4WEEKS = "EVERY4WEEKS"
    EVERY8WEEKS = "EVERY8WEEKS"
    MONTHLY = "MONTHLY"
    ONETIME = "ONETIME"
    QUARTERLY = "QUARTERLY"
    SEMIANNUALLY = "SEMIANNUALLY"
    TWICEMONTHLY = "TWICEMONTHLY"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "Frequency | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
