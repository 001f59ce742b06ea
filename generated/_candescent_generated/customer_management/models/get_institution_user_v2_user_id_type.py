from enum import StrEnum
from typing import Any


class GetInstitutionUserV2UserIdType(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    HOST_USER_ID = "HOST_USER_ID"
    INSTITUTION_USER_ID = "INSTITUTION_USER_ID"
    LEGACY_USER_GUID = "LEGACY_USER_GUID"
    LOGIN_ID = "LOGIN_ID"
    USER_ID = "USER_ID"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "GetInstitutionUserV2UserIdType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
