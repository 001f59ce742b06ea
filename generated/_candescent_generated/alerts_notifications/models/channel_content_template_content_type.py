from enum import StrEnum
from typing import Any


class ChannelContentTemplateContentType(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    EMAIL_BODY = "EMAIL_BODY"
    EMAIL_SUBJECT = "EMAIL_SUBJECT"
    PUSH_BODY = "PUSH_BODY"
    SMS_BODY = "SMS_BODY"
    WEB_BODY = "WEB_BODY"
    WEB_JSON = "WEB_JSON"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ChannelContentTemplateContentType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
