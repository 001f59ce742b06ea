from enum import StrEnum
from typing import Any


class IdentificationDocumentIdentificationDocumentType(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    ATIN = "ATIN"
    DRIVERS_LICENSE = "DRIVERS_LICENSE"
    EIN = "EIN"
    ITIN = "ITIN"
    PASSPORT = "PASSPORT"
    PTIN = "PTIN"
    SSN = "SSN"
    STATE_ID = "STATE_ID"
    TIN = "TIN"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "IdentificationDocumentIdentificationDocumentType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
