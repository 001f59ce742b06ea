from enum import StrEnum
from typing import Any


class PostalAddress1PostalAddressType(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    MAILING_HOME_ADDRESS = "MAILING_HOME_ADDRESS"
    MAILING_WORK_ADDRESS = "MAILING_WORK_ADDRESS"
    PHYSICAL_HOME_ADDRESS = "PHYSICAL_HOME_ADDRESS"
    PHYSICAL_WORK_ADDRESS = "PHYSICAL_WORK_ADDRESS"
    SEASONAL_OR_VACATION_ADDRESS = "SEASONAL_OR_VACATION_ADDRESS"
    TAX_REPORTING_ADDRESS = "TAX_REPORTING_ADDRESS"
    TEMPORARY_ADDRESS = "TEMPORARY_ADDRESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PostalAddress1PostalAddressType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
