from enum import StrEnum
from typing import Any


class AchPaymentPaymentType(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    ACH_COLLECTION = "ACH_COLLECTION"
    ACH_PAYMENT = "ACH_PAYMENT"
    WIRE_DOMESTIC = "WIRE_DOMESTIC"
    WIRE_INTERNATIONAL = "WIRE_INTERNATIONAL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AchPaymentPaymentType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
