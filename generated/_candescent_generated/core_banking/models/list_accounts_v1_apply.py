from enum import StrEnum
from typing import Any


class ListAccountsV1Apply(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    GROUPBYCUSTOMER = "groupBy(customer)"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ListAccountsV1Apply | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
