from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


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
        d = dict(src_dict)
        _self = cls(
            alert_history_content_id=d.pop("alertHistoryContentId", None),
            alert_history_id=d.pop("alertHistoryId", None),
            email_content=d.pop("emailContent", None),
            email_subject_content=d.pop("emailSubjectContent", None),
            event_id=d.pop("eventId", None),
            push_content=d.pop("pushContent", None),
            sms_content=d.pop("smsContent", None),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
