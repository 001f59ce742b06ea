from enum import StrEnum
from typing import Any


class WirePaymentStatus(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    CANCELLED = "CANCELLED"
    COMPANY_APPROVED = "COMPANY_APPROVED"
    COMPANY_DECLINED = "COMPANY_DECLINED"
    DRAFT = "DRAFT"
    EXPIRED_REVERSAL = "EXPIRED_REVERSAL"
    FAILED = "FAILED"
    FI_APPROVED = "FI_APPROVED"
    FI_DECLINED = "FI_DECLINED"
    PARTIALLY_PROCESSED = "PARTIALLY_PROCESSED"
    PENDING_COMPANY_APPROVAL = "PENDING_COMPANY_APPROVAL"
    PENDING_FI_APPROVAL = "PENDING_FI_APPROVAL"
    PREFUNDING_FAILED = "PREFUNDING_FAILED"
    PREFUNDING_PENDING = "PREFUNDING_PENDING"
    PROCESSED = "PROCESSED"
    PROCESSOR_ACCEPTED = "PROCESSOR_ACCEPTED"
    PROCESSOR_CANCELLED = "PROCESSOR_CANCELLED"
    PROCESSOR_REJECTED = "PROCESSOR_REJECTED"
    RECURRING_PAYMENT_CREATE_FAILED = "RECURRING_PAYMENT_CREATE_FAILED"
    SCHEDULED = "SCHEDULED"
    SEND_TO_PROCESSOR = "SEND_TO_PROCESSOR"
    SEND_TO_PROCESSOR_FAILED = "SEND_TO_PROCESSOR_FAILED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "WirePaymentStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
