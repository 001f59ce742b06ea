from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="AlertHistoryContentResource")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.alert_history_content_id is not None:
            alert_history_content_id = self.alert_history_content_id
            field_dict["alertHistoryContentId"] = alert_history_content_id
        if self.alert_history_id is not None:
            alert_history_id = self.alert_history_id
            field_dict["alertHistoryId"] = alert_history_id
        if self.email_content is not None:
            email_content = self.email_content
            field_dict["emailContent"] = email_content
        if self.email_subject_content is not None:
            email_subject_content = self.email_subject_content
            field_dict["emailSubjectContent"] = email_subject_content
        if self.event_id is not None:
            event_id = self.event_id
            field_dict["eventId"] = event_id
        if self.push_content is not None:
            push_content = self.push_content
            field_dict["pushContent"] = push_content
        if self.sms_content is not None:
            sms_content = self.sms_content
            field_dict["smsContent"] = sms_content

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _alert_history_content_id = d.pop("alertHistoryContentId", None)
        alert_history_content_id: int | None = None
        if _alert_history_content_id is not None:
            alert_history_content_id = _alert_history_content_id
        _alert_history_id = d.pop("alertHistoryId", None)
        alert_history_id: int | None = None
        if _alert_history_id is not None:
            alert_history_id = _alert_history_id
        _email_content = d.pop("emailContent", None)
        email_content: str | None = None
        if _email_content is not None:
            email_content = _email_content
        _email_subject_content = d.pop("emailSubjectContent", None)
        email_subject_content: str | None = None
        if _email_subject_content is not None:
            email_subject_content = _email_subject_content
        _event_id = d.pop("eventId", None)
        event_id: str | None = None
        if _event_id is not None:
            event_id = _event_id
        _push_content = d.pop("pushContent", None)
        push_content: str | None = None
        if _push_content is not None:
            push_content = _push_content
        _sms_content = d.pop("smsContent", None)
        sms_content: str | None = None
        if _sms_content is not None:
            sms_content = _sms_content
        alert_history_content_resource = cls(
            alert_history_content_id=alert_history_content_id,
            alert_history_id=alert_history_id,
            email_content=email_content,
            email_subject_content=email_subject_content,
            event_id=event_id,
            push_content=push_content,
            sms_content=sms_content,
        )

        alert_history_content_resource.additional_properties = d
        return alert_history_content_resource
