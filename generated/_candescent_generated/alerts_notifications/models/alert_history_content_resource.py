from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "alertHistoryContentId",
        "alertHistoryId",
        "emailContent",
        "emailSubjectContent",
        "eventId",
        "pushContent",
        "smsContent",
    }
)


@_attrs_define
class AlertHistoryContentResource(_Model):
    """The content an alert was delivered with, per channel.

    Attributes:
        alert_history_content_id (int): The content's id.
        alert_history_id (int): The delivered alert's id.
        email_content (str): The e-mail body sent.
        email_subject_content (str): The e-mail subject sent.
        event_id (str): The event that raised it.
        push_content (str): The push notification sent.
        sms_content (str): The SMS text sent.
    """

    alert_history_content_id: int | None = None
    alert_history_id: int | None = None
    email_content: str | None = None
    email_subject_content: str | None = None
    event_id: str | None = None
    push_content: str | None = None
    sms_content: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.alert_history_content_id is not None:
            field_dict["alertHistoryContentId"] = self.alert_history_content_id
        if self.alert_history_id is not None:
            field_dict["alertHistoryId"] = self.alert_history_id
        if self.email_content is not None:
            field_dict["emailContent"] = self.email_content
        if self.email_subject_content is not None:
            field_dict["emailSubjectContent"] = self.email_subject_content
        if self.event_id is not None:
            field_dict["eventId"] = self.event_id
        if self.push_content is not None:
            field_dict["pushContent"] = self.push_content
        if self.sms_content is not None:
            field_dict["smsContent"] = self.sms_content

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.alert_history_content_id = src_dict.get("alertHistoryContentId")
        _self.alert_history_id = src_dict.get("alertHistoryId")
        _self.email_content = src_dict.get("emailContent")
        _self.email_subject_content = src_dict.get("emailSubjectContent")
        _self.event_id = src_dict.get("eventId")
        _self.push_content = src_dict.get("pushContent")
        _self.sms_content = src_dict.get("smsContent")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
