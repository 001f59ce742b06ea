from enum import StrEnum
from typing import Any


class ImageType1(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    CC_STATEMENT = "CC_STATEMENT"
    CHECK = "CHECK"
    DEPOSIT_CHECK = "DEPOSIT_CHECK"
    DEPOSIT_SLIP = "DEPOSIT_SLIP"
    DOCUMENT = "DOCUMENT"
    STATEMENT = "STATEMENT"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ImageType1 | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
