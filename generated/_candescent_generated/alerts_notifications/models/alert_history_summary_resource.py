from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.alert_history_summary_resource_additional_info import AlertHistorySummaryResourceAdditionalInfo
    from ..models.alert_history_summary_resource_channel_info import AlertHistorySummaryResourceChannelInfo


T = TypeVar("T", bound="AlertHistorySummaryResource")


@_attrs_define
class AlertHistorySummaryResource(_Model):
    """A delivered alert, summarised.

    Attributes:
        additional_info (AlertHistorySummaryResourceAdditionalInfo | Unset): Extra facts about the alert, such as the
            accountId it was about.
        alert_history_id (int | Unset): The delivered alert's id.
        alert_type_name (str | Unset): Its alert type.
        channel_info (AlertHistorySummaryResourceChannelInfo | Unset): Delivery status per channel, e.g. EMAIL ->
            SUCCESS.
        event_id (str | Unset): The event that raised it.
        event_occured (datetime.datetime | Unset): When the event happened (the platform's spelling).
        institution_customer_id (str | Unset): The business it was for, for a business user.
        institution_id (str | Unset): The institution's id.
        json_message_summary (str | Unset): The summary as a JSON string.
        message_summary (str | Unset): The summary text.
        read_flag (bool | Unset): true once the user has read it.
    """

    additional_info: AlertHistorySummaryResourceAdditionalInfo | Unset = UNSET
    alert_history_id: int | Unset = UNSET
    alert_type_name: str | Unset = UNSET
    channel_info: AlertHistorySummaryResourceChannelInfo | Unset = UNSET
    event_id: str | Unset = UNSET
    event_occured: datetime.datetime | Unset = UNSET
    institution_customer_id: str | Unset = UNSET
    institution_id: str | Unset = UNSET
    json_message_summary: str | Unset = UNSET
    message_summary: str | Unset = UNSET
    read_flag: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()
        alert_history_id = self.alert_history_id
        alert_type_name = self.alert_type_name
        channel_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_info, Unset):
            channel_info = self.channel_info.to_dict()
        event_id = self.event_id
        event_occured: str | Unset = UNSET
        if not isinstance(self.event_occured, Unset):
            event_occured = self.event_occured.isoformat()
        institution_customer_id = self.institution_customer_id
        institution_id = self.institution_id
        json_message_summary = self.json_message_summary
        message_summary = self.message_summary
        read_flag = self.read_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if alert_history_id is not UNSET:
            field_dict["alertHistoryId"] = alert_history_id
        if alert_type_name is not UNSET:
            field_dict["alertTypeName"] = alert_type_name
        if channel_info is not UNSET:
            field_dict["channelInfo"] = channel_info
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if event_occured is not UNSET:
            field_dict["eventOccured"] = event_occured
        if institution_customer_id is not UNSET:
            field_dict["institutionCustomerId"] = institution_customer_id
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id
        if json_message_summary is not UNSET:
            field_dict["jsonMessageSummary"] = json_message_summary
        if message_summary is not UNSET:
            field_dict["messageSummary"] = message_summary
        if read_flag is not UNSET:
            field_dict["readFlag"] = read_flag

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_history_summary_resource_additional_info import AlertHistorySummaryResourceAdditionalInfo
        from ..models.alert_history_summary_resource_channel_info import AlertHistorySummaryResourceChannelInfo

        d = dict(src_dict)
        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: AlertHistorySummaryResourceAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = AlertHistorySummaryResourceAdditionalInfo.from_dict(_additional_info)

        alert_history_id = d.pop("alertHistoryId", UNSET)
        alert_type_name = d.pop("alertTypeName", UNSET)
        _channel_info = d.pop("channelInfo", UNSET)
        channel_info: AlertHistorySummaryResourceChannelInfo | Unset
        if isinstance(_channel_info, Unset):
            channel_info = UNSET
        else:
            channel_info = AlertHistorySummaryResourceChannelInfo.from_dict(_channel_info)

        event_id = d.pop("eventId", UNSET)
        _event_occured = d.pop("eventOccured", UNSET)
        event_occured: datetime.datetime | Unset
        if isinstance(_event_occured, Unset):
            event_occured = UNSET
        else:
            event_occured = parse_datetime(_event_occured)

        institution_customer_id = d.pop("institutionCustomerId", UNSET)
        institution_id = d.pop("institutionId", UNSET)
        json_message_summary = d.pop("jsonMessageSummary", UNSET)
        message_summary = d.pop("messageSummary", UNSET)
        read_flag = d.pop("readFlag", UNSET)
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
