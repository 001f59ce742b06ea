from enum import StrEnum
from typing import Any


class PostMxPlatformProxyV1AcceptVersion(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    V20111101 = "v20111101"
    V20250224 = "v20250224"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PostMxPlatformProxyV1AcceptVersion | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
