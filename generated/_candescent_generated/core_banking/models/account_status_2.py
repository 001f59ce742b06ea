from enum import StrEnum
from typing import Any


class AccountStatus2(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    APPROVED = "APPROVED"
    CLOSED = "CLOSED"
    DELETED = "DELETED"
    DELINQUENT = "DELINQUENT"
    HAS_CREDIT_BAL = "HAS_CREDIT_BAL"
    IN_COLLECTION = "IN_COLLECTION"
    NEGATIVE_BALANCE = "NEGATIVE_BALANCE"
    NOT_APPROVED = "NOT_APPROVED"
    OPEN = "OPEN"
    OVER_LIMIT = "OVER_LIMIT"
    PAYMENT_COUPON = "PAYMENT_COUPON"
    RET_PLAN = "RET_PLAN"
    RET_PLAN_OWNED_BY_DECEASED = "RET_PLAN_OWNED_BY_DECEASED"
    VERIFIED = "VERIFIED"
    WRITTEN_OFF = "WRITTEN_OFF"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountStatus2 | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
