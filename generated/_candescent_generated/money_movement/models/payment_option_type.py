from enum import StrEnum
from typing import Any


class PaymentOptionType(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    DEFAULT = "DEFAULT"
    ESCROW_ONLY = "ESCROW_ONLY"
    EXCESS_TO_INTEREST = "EXCESS_TO_INTEREST"
    EXCESS_TO_PRINCIPAL = "EXCESS_TO_PRINCIPAL"
    FEES_ONLY = "FEES_ONLY"
    INTEREST_ONLY = "INTEREST_ONLY"
    MULTIPLE_PAYMENT = "MULTIPLE_PAYMENT"
    PRINCIPAL_ONLY = "PRINCIPAL_ONLY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PaymentOptionType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
