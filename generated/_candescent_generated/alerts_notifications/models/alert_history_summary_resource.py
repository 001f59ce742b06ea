from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "additionalInfo",
        "alertHistoryId",
        "alertTypeName",
        "channelInfo",
        "eventId",
        "eventOccured",
        "institutionCustomerId",
        "institutionId",
        "jsonMessageSummary",
        "messageSummary",
        "readFlag",
    }
)


@_attrs_define
class AlertHistorySummaryResource(_Model):
    """A delivered alert, summarised.

    Attributes:
        additional_info (AlertHistorySummaryResourceAdditionalInfo): Extra facts about the alert, such as the accountId
            it was about.
        alert_history_id (int): The delivered alert's id.
        alert_type_name (str): Its alert type.
        channel_info (AlertHistorySummaryResourceChannelInfo): Delivery status per channel, e.g. EMAIL -> SUCCESS.
        event_id (str): The event that raised it.
        event_occured (datetime.datetime): When the event happened (the platform's spelling).
        institution_customer_id (str): The business it was for, for a business user.
        institution_id (str): The institution's id.
        json_message_summary (str): The summary as a JSON string.
        message_summary (str): The summary text.
        read_flag (bool): true once the user has read it.
    """

    additional_info: AlertHistorySummaryResourceAdditionalInfo | None = None
    alert_history_id: int | None = None
    alert_type_name: str | None = None
    channel_info: AlertHistorySummaryResourceChannelInfo | None = None
    event_id: str | None = None
    event_occured: datetime.datetime | None = None
    institution_customer_id: str | None = None
    institution_id: str | None = None
    json_message_summary: str | None = None
    message_summary: str | None = None
    read_flag: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.additional_info is not None:
            field_dict["additionalInfo"] = self.additional_info.to_dict()
        if self.alert_history_id is not None:
            field_dict["alertHistoryId"] = self.alert_history_id
        if self.alert_type_name is not None:
            field_dict["alertTypeName"] = self.alert_type_name
        if self.channel_info is not None:
            field_dict["channelInfo"] = self.channel_info.to_dict()
        if self.event_id is not None:
            field_dict["eventId"] = self.event_id
        if self.event_occured is not None:
            field_dict["eventOccured"] = self.event_occured.isoformat()
        if self.institution_customer_id is not None:
            field_dict["institutionCustomerId"] = self.institution_customer_id
        if self.institution_id is not None:
            field_dict["institutionId"] = self.institution_id
        if self.json_message_summary is not None:
            field_dict["jsonMessageSummary"] = self.json_message_summary
        if self.message_summary is not None:
            field_dict["messageSummary"] = self.message_summary
        if self.read_flag is not None:
            field_dict["readFlag"] = self.read_flag

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.additional_info = (
            None
            if (v := src_dict.get("additionalInfo")) is None
            else AlertHistorySummaryResourceAdditionalInfo.from_dict(v)
        )
        _self.alert_history_id = src_dict.get("alertHistoryId")
        _self.alert_type_name = src_dict.get("alertTypeName")
        _self.channel_info = (
            None if (v := src_dict.get("channelInfo")) is None else AlertHistorySummaryResourceChannelInfo.from_dict(v)
        )
        _self.event_id = src_dict.get("eventId")
        _self.event_occured = None if (v := src_dict.get("eventOccured")) is None else parse_datetime(v)
        _self.institution_customer_id = src_dict.get("institutionCustomerId")
        _self.institution_id = src_dict.get("institutionId")
        _self.json_message_summary = src_dict.get("jsonMessageSummary")
        _self.message_summary = src_dict.get("messageSummary")
        _self.read_flag = src_dict.get("readFlag")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.alert_history_summary_resource_additional_info import AlertHistorySummaryResourceAdditionalInfo
from ..models.alert_history_summary_resource_channel_info import AlertHistorySummaryResourceChannelInfo
