"""Contains all the data models used in inputs/outputs"""

from .active_status import ActiveStatus
from .alert_event import AlertEvent
from .alert_event_event_domain_type import AlertEventEventDomainType
from .alert_history_content_resource import AlertHistoryContentResource
from .alert_history_summary_resource import AlertHistorySummaryResource
from .alert_history_summary_resource_additional_info import AlertHistorySummaryResourceAdditionalInfo
from .alert_history_summary_resources import AlertHistorySummaryResources
from .alert_preference_account_details import AlertPreferenceAccountDetails
from .alert_preference_details import AlertPreferenceDetails
from .alert_preference_resource import AlertPreferenceResource
from .alert_preference_resource_additional_info import AlertPreferenceResourceAdditionalInfo
from .alert_preference_resources import AlertPreferenceResources
from .alert_template_resource import AlertTemplateResource
from .alert_template_resources import AlertTemplateResources
from .alert_type_resource import AlertTypeResource
from .alert_type_resource_event_type_domain import AlertTypeResourceEventTypeDomain
from .alert_type_resources import AlertTypeResources
from .channel_content import ChannelContent
from .channel_content_template_content_type import ChannelContentTemplateContentType
from .channel_type import ChannelType
from .delivery_status import DeliveryStatus
from .entry import Entry
from .error_response import ErrorResponse
from .event_details import EventDetails
from .event_details_additional_info import EventDetailsAdditionalInfo
from .events import Events
from .fi_alert_preference_resource import FiAlertPreferenceResource
from .fi_alert_preference_resource_additional_info import FiAlertPreferenceResourceAdditionalInfo
from .fi_alert_preference_resources import FiAlertPreferenceResources
from .institution_alert_type_resource import InstitutionAlertTypeResource
from .institution_alert_type_resources import InstitutionAlertTypeResources
from .key_value_map import KeyValueMap
from .legacy_event import LegacyEvent
from .list_institution_subscriptions_v1_status import ListInstitutionSubscriptionsV1Status
from .status import Status
from .status_error_info_item import StatusErrorInfoItem
from .status_error_info_item_error_type import StatusErrorInfoItemErrorType
from .string_map import StringMap
from .subscription import Subscription
from .subscription_action import SubscriptionAction
from .subscription_actions import SubscriptionActions
from .subscriptions import Subscriptions
from .template_state import TemplateState

__all__ = (
    "ActiveStatus",
    "AlertEvent",
    "AlertEventEventDomainType",
    "AlertHistoryContentResource",
    "AlertHistorySummaryResource",
    "AlertHistorySummaryResourceAdditionalInfo",
    "AlertHistorySummaryResources",
    "AlertPreferenceAccountDetails",
    "AlertPreferenceDetails",
    "AlertPreferenceResource",
    "AlertPreferenceResourceAdditionalInfo",
    "AlertPreferenceResources",
    "AlertTemplateResource",
    "AlertTemplateResources",
    "AlertTypeResource",
    "AlertTypeResourceEventTypeDomain",
    "AlertTypeResources",
    "ChannelContent",
    "ChannelContentTemplateContentType",
    "ChannelType",
    "DeliveryStatus",
    "Entry",
    "ErrorResponse",
    "EventDetails",
    "EventDetailsAdditionalInfo",
    "Events",
    "FiAlertPreferenceResource",
    "FiAlertPreferenceResourceAdditionalInfo",
    "FiAlertPreferenceResources",
    "InstitutionAlertTypeResource",
    "InstitutionAlertTypeResources",
    "KeyValueMap",
    "LegacyEvent",
    "ListInstitutionSubscriptionsV1Status",
    "Status",
    "StatusErrorInfoItem",
    "StatusErrorInfoItemErrorType",
    "StringMap",
    "Subscription",
    "SubscriptionAction",
    "SubscriptionActions",
    "Subscriptions",
    "TemplateState",
)
