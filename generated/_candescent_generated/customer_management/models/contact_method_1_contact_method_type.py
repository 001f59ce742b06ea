from enum import StrEnum
from typing import Any


class ContactMethod1ContactMethodType(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    BUSINESS_CELLPHONE = "BUSINESS_CELLPHONE"
    BUSINESS_EMAIL = "BUSINESS_EMAIL"
    BUSINESS_PHONE = "BUSINESS_PHONE"
    FAX = "FAX"
    HOME_CELLPHONE = "HOME_CELLPHONE"
    HOME_PHONE = "HOME_PHONE"
    PERSONAL_EMAIL = "PERSONAL_EMAIL"
    SECONDARY_OR_ALTERNATE_EMAIL = "SECONDARY_OR_ALTERNATE_EMAIL"
    SECONDARY_OR_ALTERNATE_PHONE = "SECONDARY_OR_ALTERNATE_PHONE"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ContactMethod1ContactMethodType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
