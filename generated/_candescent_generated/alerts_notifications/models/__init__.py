"""Contains all the data models used in inputs/outputs"""

from .alert_event import AlertEvent
from .alert_history_content_resource import AlertHistoryContentResource
from .alert_history_summary_resource import AlertHistorySummaryResource
from .alert_history_summary_resource_additional_info import AlertHistorySummaryResourceAdditionalInfo
from .alert_history_summary_resource_channel_info import AlertHistorySummaryResourceChannelInfo
from .alert_history_summary_resources import AlertHistorySummaryResources
from .alert_preference_account_details_model import AlertPreferenceAccountDetailsModel
from .alert_preference_details_model import AlertPreferenceDetailsModel
from .alert_preference_resource import AlertPreferenceResource
from .alert_preference_resource_additional_info import AlertPreferenceResourceAdditionalInfo
from .alert_preference_resources import AlertPreferenceResources
from .alert_template_resource import AlertTemplateResource
from .alert_template_resource_state import AlertTemplateResourceState
from .alert_template_resource_variable_map import AlertTemplateResourceVariableMap
from .alert_template_resources import AlertTemplateResources
from .alert_type_resource import AlertTypeResource
from .alert_type_resource_additional_info import AlertTypeResourceAdditionalInfo
from .alert_type_resource_status import AlertTypeResourceStatus
from .alert_type_resources import AlertTypeResources
from .channel_content import ChannelContent
from .channel_content_channel_type import ChannelContentChannelType
from .channel_content_template_content_type import ChannelContentTemplateContentType
from .data_map import DataMap
from .entry import Entry
from .event import Event
from .event_details import EventDetails
from .event_details_additional_info import EventDetailsAdditionalInfo
from .events import Events
from .fi_alert_preference_resource import FiAlertPreferenceResource
from .fi_alert_preference_resource_additional_info import FiAlertPreferenceResourceAdditionalInfo
from .fi_alert_preference_resources import FiAlertPreferenceResources
from .institution_alert_type_resource import InstitutionAlertTypeResource
from .institution_alert_type_resource_status_optd import InstitutionAlertTypeResourceStatusOptd
from .institution_alert_type_resources import InstitutionAlertTypeResources
from .list_alert_history_v1_email_status_item import ListAlertHistoryV1EmailStatusItem
from .list_alert_history_v1_push_status_item import ListAlertHistoryV1PushStatusItem
from .list_alert_history_v1_sms_status_item import ListAlertHistoryV1SmsStatusItem
from .list_alert_templates_v1_channel_item import ListAlertTemplatesV1ChannelItem
from .list_alert_templates_v1_state_item import ListAlertTemplatesV1StateItem
from .list_institution_alert_types_v1_status_optd import ListInstitutionAlertTypesV1StatusOptd
from .subscription import Subscription
from .subscription_action import SubscriptionAction
from .subscription_action_attributes_map import SubscriptionActionAttributesMap
from .subscription_actions import SubscriptionActions
from .subscription_event_conditions_map import SubscriptionEventConditionsMap
from .subscriptions import Subscriptions

__all__ = (
    "AlertEvent",
    "AlertHistoryContentResource",
    "AlertHistorySummaryResource",
    "AlertHistorySummaryResourceAdditionalInfo",
    "AlertHistorySummaryResourceChannelInfo",
    "AlertHistorySummaryResources",
    "AlertPreferenceAccountDetailsModel",
    "AlertPreferenceDetailsModel",
    "AlertPreferenceResource",
    "AlertPreferenceResourceAdditionalInfo",
    "AlertPreferenceResources",
    "AlertTemplateResource",
    "AlertTemplateResourceState",
    "AlertTemplateResourceVariableMap",
    "AlertTemplateResources",
    "AlertTypeResource",
    "AlertTypeResourceAdditionalInfo",
    "AlertTypeResourceStatus",
    "AlertTypeResources",
    "ChannelContent",
    "ChannelContentChannelType",
    "ChannelContentTemplateContentType",
    "DataMap",
    "Entry",
    "Event",
    "EventDetails",
    "EventDetailsAdditionalInfo",
    "Events",
    "FiAlertPreferenceResource",
    "FiAlertPreferenceResourceAdditionalInfo",
    "FiAlertPreferenceResources",
    "InstitutionAlertTypeResource",
    "InstitutionAlertTypeResourceStatusOptd",
    "InstitutionAlertTypeResources",
    "ListAlertHistoryV1EmailStatusItem",
    "ListAlertHistoryV1PushStatusItem",
    "ListAlertHistoryV1SmsStatusItem",
    "ListAlertTemplatesV1ChannelItem",
    "ListAlertTemplatesV1StateItem",
    "ListInstitutionAlertTypesV1StatusOptd",
    "Subscription",
    "SubscriptionAction",
    "SubscriptionActionAttributesMap",
    "SubscriptionActions",
    "SubscriptionEventConditionsMap",
    "Subscriptions",
)
