from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, parse_datetime

if TYPE_CHECKING:
    from ..models.alert_history_summary_resource_additional_info import AlertHistorySummaryResourceAdditionalInfo
    from ..models.alert_history_summary_resource_channel_info import AlertHistorySummaryResourceChannelInfo


T = TypeVar("T", bound="AlertHistorySummaryResource")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.additional_info is not None:
            additional_info = self.additional_info.to_dict()
            field_dict["additionalInfo"] = additional_info
        if self.alert_history_id is not None:
            alert_history_id = self.alert_history_id
            field_dict["alertHistoryId"] = alert_history_id
        if self.alert_type_name is not None:
            alert_type_name = self.alert_type_name
            field_dict["alertTypeName"] = alert_type_name
        if self.channel_info is not None:
            channel_info = self.channel_info.to_dict()
            field_dict["channelInfo"] = channel_info
        if self.event_id is not None:
            event_id = self.event_id
            field_dict["eventId"] = event_id
        if self.event_occured is not None:
            event_occured = self.event_occured.isoformat()
            field_dict["eventOccured"] = event_occured
        if self.institution_customer_id is not None:
            institution_customer_id = self.institution_customer_id
            field_dict["institutionCustomerId"] = institution_customer_id
        if self.institution_id is not None:
            institution_id = self.institution_id
            field_dict["institutionId"] = institution_id
        if self.json_message_summary is not None:
            json_message_summary = self.json_message_summary
            field_dict["jsonMessageSummary"] = json_message_summary
        if self.message_summary is not None:
            message_summary = self.message_summary
            field_dict["messageSummary"] = message_summary
        if self.read_flag is not None:
            read_flag = self.read_flag
            field_dict["readFlag"] = read_flag

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_history_summary_resource_additional_info import AlertHistorySummaryResourceAdditionalInfo
        from ..models.alert_history_summary_resource_channel_info import AlertHistorySummaryResourceChannelInfo

        d = dict(src_dict)
        _additional_info = d.pop("additionalInfo", None)
        additional_info: AlertHistorySummaryResourceAdditionalInfo | None = None
        if _additional_info is not None:
            additional_info = AlertHistorySummaryResourceAdditionalInfo.from_dict(_additional_info)

        _alert_history_id = d.pop("alertHistoryId", None)
        alert_history_id: int | None = None
        if _alert_history_id is not None:
            alert_history_id = _alert_history_id
        _alert_type_name = d.pop("alertTypeName", None)
        alert_type_name: str | None = None
        if _alert_type_name is not None:
            alert_type_name = _alert_type_name
        _channel_info = d.pop("channelInfo", None)
        channel_info: AlertHistorySummaryResourceChannelInfo | None = None
        if _channel_info is not None:
            channel_info = AlertHistorySummaryResourceChannelInfo.from_dict(_channel_info)

        _event_id = d.pop("eventId", None)
        event_id: str | None = None
        if _event_id is not None:
            event_id = _event_id
        _event_occured = d.pop("eventOccured", None)
        event_occured: datetime.datetime | None = None
        if _event_occured is not None:
            event_occured = parse_datetime(_event_occured)

        _institution_customer_id = d.pop("institutionCustomerId", None)
        institution_customer_id: str | None = None
        if _institution_customer_id is not None:
            institution_customer_id = _institution_customer_id
        _institution_id = d.pop("institutionId", None)
        institution_id: str | None = None
        if _institution_id is not None:
            institution_id = _institution_id
        _json_message_summary = d.pop("jsonMessageSummary", None)
        json_message_summary: str | None = None
        if _json_message_summary is not None:
            json_message_summary = _json_message_summary
        _message_summary = d.pop("messageSummary", None)
        message_summary: str | None = None
        if _message_summary is not None:
            message_summary = _message_summary
        _read_flag = d.pop("readFlag", None)
        read_flag: bool | None = None
        if _read_flag is not None:
            read_flag = _read_flag
        alert_history_summary_resource = cls(
            additional_info=additional_info,
            alert_history_id=alert_history_id,
            alert_type_name=alert_type_name,
            channel_info=channel_info,
            event_id=event_id,
            event_occured=event_occured,
            institution_customer_id=institution_customer_id,
            institution_id=institution_id,
            json_message_summary=json_message_summary,
            message_summary=message_summary,
            read_flag=read_flag,
        )

        alert_history_summary_resource.additional_properties = d
        return alert_history_summary_resource
