from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="AlertHistoryContentResource")


@_attrs_define
class AlertHistoryContentResource(_Model):
    """The content an alert was delivered with, per channel.

    Attributes:
        alert_history_content_id (int | Unset): The content's id.
        alert_history_id (int | Unset): The delivered alert's id.
        email_content (str | Unset): The e-mail body sent.
        email_subject_content (str | Unset): The e-mail subject sent.
        event_id (str | Unset): The event that raised it.
        push_content (str | Unset): The push notification sent.
        sms_content (str | Unset): The SMS text sent.
    """

    alert_history_content_id: int | Unset = UNSET
    alert_history_id: int | Unset = UNSET
    email_content: str | Unset = UNSET
    email_subject_content: str | Unset = UNSET
    event_id: str | Unset = UNSET
    push_content: str | Unset = UNSET
    sms_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        alert_history_content_id = self.alert_history_content_id
        alert_history_id = self.alert_history_id
        email_content = self.email_content
        email_subject_content = self.email_subject_content
        event_id = self.event_id
        push_content = self.push_content
        sms_content = self.sms_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert_history_content_id is not UNSET:
            field_dict["alertHistoryContentId"] = alert_history_content_id
        if alert_history_id is not UNSET:
            field_dict["alertHistoryId"] = alert_history_id
        if email_content is not UNSET:
            field_dict["emailContent"] = email_content
        if email_subject_content is not UNSET:
            field_dict["emailSubjectContent"] = email_subject_content
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if push_content is not UNSET:
            field_dict["pushContent"] = push_content
        if sms_content is not UNSET:
            field_dict["smsContent"] = sms_content

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        alert_history_content_id = d.pop("alertHistoryContentId", UNSET)
        alert_history_id = d.pop("alertHistoryId", UNSET)
        email_content = d.pop("emailContent", UNSET)
        email_subject_content = d.pop("emailSubjectContent", UNSET)
        event_id = d.pop("eventId", UNSET)
        push_content = d.pop("pushContent", UNSET)
        sms_content = d.pop("smsContent", UNSET)
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
