"""The typed resource class the facade exposes for this category: one awaitable method per operation"""

from collections.abc import Mapping
from typing import Any, cast

import httpx2

from ...models.alert_event import AlertEvent
from ...models.alert_history_content_resource import AlertHistoryContentResource
from ...models.alert_history_summary_resources import AlertHistorySummaryResources
from ...models.alert_preference_resource import AlertPreferenceResource
from ...models.alert_preference_resources import AlertPreferenceResources
from ...models.alert_template_resource import AlertTemplateResource
from ...models.alert_template_resources import AlertTemplateResources
from ...models.alert_type_resource import AlertTypeResource
from ...models.alert_type_resources import AlertTypeResources
from ...models.events import Events
from ...models.fi_alert_preference_resource import FiAlertPreferenceResource
from ...models.fi_alert_preference_resources import FiAlertPreferenceResources
from ...models.institution_alert_type_resource import InstitutionAlertTypeResource
from ...models.institution_alert_type_resources import InstitutionAlertTypeResources
from ...models.list_alert_history_v1_email_status_item import ListAlertHistoryV1EmailStatusItem
from ...models.list_alert_history_v1_push_status_item import ListAlertHistoryV1PushStatusItem
from ...models.list_alert_history_v1_sms_status_item import ListAlertHistoryV1SmsStatusItem
from ...models.list_alert_templates_v1_channel_item import ListAlertTemplatesV1ChannelItem
from ...models.list_alert_templates_v1_state_item import ListAlertTemplatesV1StateItem
from ...models.list_institution_alert_types_v1_status_optd import ListInstitutionAlertTypesV1StatusOptd
from ...models.subscription import Subscription
from ...models.subscriptions import Subscriptions
from ...types import UNSET, Invoker, RawInvoker, Unset, raw_response
from . import (
    create_alert_preference_v1 as _create_alert_preference_v1,
    create_alert_template_v1 as _create_alert_template_v1,
    create_alert_type_v1 as _create_alert_type_v1,
    create_institution_alert_preference_v1 as _create_institution_alert_preference_v1,
    create_institution_alert_type_v1 as _create_institution_alert_type_v1,
    create_user_subscription_v1 as _create_user_subscription_v1,
    delete_alert_preference_v1 as _delete_alert_preference_v1,
    delete_alert_template_v1 as _delete_alert_template_v1,
    delete_alert_type_v1 as _delete_alert_type_v1,
    delete_institution_alert_preference_v1 as _delete_institution_alert_preference_v1,
    delete_institution_alert_type_v1 as _delete_institution_alert_type_v1,
    delete_subscription_v1 as _delete_subscription_v1,
    get_alert_history_content_v1 as _get_alert_history_content_v1,
    get_alert_preference_v1 as _get_alert_preference_v1,
    get_subscription_by_id_v1 as _get_subscription_by_id_v1,
    list_alert_history_v1 as _list_alert_history_v1,
    list_alert_preferences_v1 as _list_alert_preferences_v1,
    list_alert_templates_v1 as _list_alert_templates_v1,
    list_alert_types_v1 as _list_alert_types_v1,
    list_institution_alert_preferences_v1 as _list_institution_alert_preferences_v1,
    list_institution_alert_types_v1 as _list_institution_alert_types_v1,
    list_institution_subscriptions_v1 as _list_institution_subscriptions_v1,
    list_user_subscriptions_v1 as _list_user_subscriptions_v1,
    publish_alert_events_v1 as _publish_alert_events_v1,
    send_customer_event_v1 as _send_customer_event_v1,
    update_alert_preference_v1 as _update_alert_preference_v1,
    update_alert_template_v1 as _update_alert_template_v1,
    update_alert_type_v1 as _update_alert_type_v1,
    update_institution_alert_preference_v1 as _update_institution_alert_preference_v1,
    update_institution_alert_type_v1 as _update_institution_alert_type_v1,
    update_user_subscription_v1 as _update_user_subscription_v1,
)


class AlertsAndNotifications:
    """Every operation of this category, one typed awaitable method each.

    A 2xx response returns the documented model; anything else raises a typed error.
    """

    category = "alerts_notifications"

    def __init__(self, invoke: Invoker, raw_invoke: RawInvoker | None = None) -> None:
        self._invoke = invoke
        self.raw = raw_invoke is None  # True for the instance behind with_raw_response
        if raw_invoke is not None:
            self.with_raw_response = AlertsAndNotificationsWithRawResponse(AlertsAndNotifications(raw_invoke))  # type: ignore[arg-type]

    async def list_alert_templates_v1(
        self,
        *,
        alert_type_name: list[str] | Unset = UNSET,
        channel: list[ListAlertTemplatesV1ChannelItem] | Unset = UNSET,
        id: int | Unset = UNSET,
        locale: str | Unset = UNSET,
        state: list[ListAlertTemplatesV1StateItem] | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AlertTemplateResources:
        """Alert templates in any state, filtered by type names, channels, id, locale, states

        GET /v1/alert-templates (operationId ``list_alert_templates_v1``).

        Args:
            alert_type_name: Only templates of these alert type names (repeat the parameter).
            channel: Only templates for these channels: EMAIL, SMS, PUSH or WEB (repeat the parameter).
            id: Only the template with this id.
            locale: Only templates in this locale, e.g. en_US or es_US.
            state: Only templates in these states: DRAFT, PUBLISHED or ARCHIVED (repeat the parameter).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_alert_templates_v1",
            _list_alert_templates_v1._get_kwargs(
                alert_type_name=alert_type_name,
                channel=channel,
                id=id,
                locale=locale,
                state=state,
            ),
            _list_alert_templates_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_alert_template_v1(
        self,
        *,
        body: AlertTemplateResource,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AlertTemplateResource:
        """Update an alert template (alertTypeResourceId in the body)

        PUT /v1/alert-templates (operationId ``update_alert_template_v1``).

        Args:
            body: An alert template: the text sent per channel for an alert type, in one locale.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "update_alert_template_v1",
            _update_alert_template_v1._get_kwargs(
                body=body,
            ),
            _update_alert_template_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_alert_template_v1(
        self,
        *,
        body: AlertTemplateResource,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AlertTemplateResource | None:
        """Create an alert template (per alert type and locale, with per-channel contents)

        An existing one answers 204 with no body (PRMSYS_10005), as for alert types.

        POST /v1/alert-templates (operationId ``create_alert_template_v1``).

        Args:
            body: An alert template: the text sent per channel for an alert type, in one locale.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_alert_template_v1",
            _create_alert_template_v1._get_kwargs(
                body=body,
            ),
            _create_alert_template_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_alert_template_v1(
        self,
        id: int,
        *,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an alert template permanently

        DELETE /v1/alert-templates/{id} (operationId ``delete_alert_template_v1``).

        Args:
            id: The template to delete (its numeric id).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_alert_template_v1",
            _delete_alert_template_v1._get_kwargs(
                id=id,
            ),
            _delete_alert_template_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_alert_types_v1(
        self,
        *,
        alert_category: str | Unset = UNSET,
        alert_type_name: str | Unset = UNSET,
        external_system: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AlertTypeResources:
        """The alert-type catalogue, active and inactive, optionally filtered

        GET /v1/alert-types (operationId ``list_alert_types_v1``).

        Args:
            alert_category: Only alert types of this category, e.g. ATM Withdrawal.
            alert_type_name: Only the alert type of this name.
            external_system: Only alert types raised by this vendor (third-party events).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_alert_types_v1",
            _list_alert_types_v1._get_kwargs(
                alert_category=alert_category,
                alert_type_name=alert_type_name,
                external_system=external_system,
            ),
            _list_alert_types_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_alert_type_v1(
        self,
        *,
        body: AlertTypeResource,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AlertTypeResource:
        """Update an alert type (PUT on the collection; alertTypeId in the body)

        PUT /v1/alert-types (operationId ``update_alert_type_v1``).

        Args:
            body: An alert type the platform can raise.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "update_alert_type_v1",
            _update_alert_type_v1._get_kwargs(
                body=body,
            ),
            _update_alert_type_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_alert_type_v1(
        self,
        *,
        body: AlertTypeResource,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AlertTypeResource | None:
        """Create an alert type

        A name that already exists creates nothing and answers 204 with no body (PRMSYS_10005), as the
        platform documents.

        POST /v1/alert-types (operationId ``create_alert_type_v1``).

        Args:
            body: An alert type the platform can raise.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_alert_type_v1",
            _create_alert_type_v1._get_kwargs(
                body=body,
            ),
            _create_alert_type_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_alert_type_v1(
        self,
        id: int,
        *,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an alert type permanently

        DELETE /v1/alert-types/{id} (operationId ``delete_alert_type_v1``).

        Args:
            id: The alert type to delete (its numeric id).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_alert_type_v1",
            _delete_alert_type_v1._get_kwargs(
                id=id,
            ),
            _delete_alert_type_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_institution_alert_types_v1(
        self,
        *,
        alert_type_name: str | Unset = UNSET,
        external_system: str | Unset = UNSET,
        status_optd: ListInstitutionAlertTypesV1StatusOptd | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InstitutionAlertTypeResources:
        """The institution's alert types (enabled channels and status per type)

        GET /v1/institution-alert-types (operationId ``list_institution_alert_types_v1``).

        Args:
            alert_type_name: Only the institution's settings for this alert type name.
            external_system: Only alert types raised by this vendor.
            status_optd: ACTIVE: the types the institution offers; INACTIVE: the ones it turned off.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_institution_alert_types_v1",
            _list_institution_alert_types_v1._get_kwargs(
                alert_type_name=alert_type_name,
                external_system=external_system,
                status_optd=status_optd,
            ),
            _list_institution_alert_types_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_institution_alert_type_v1(
        self,
        *,
        body: InstitutionAlertTypeResource,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InstitutionAlertTypeResource:
        """Update an institution alert type (institutionAlertTypeId in the body)

        PUT /v1/institution-alert-types (operationId ``update_institution_alert_type_v1``).

        Args:
            body: The institution's setting for one alert type.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "update_institution_alert_type_v1",
            _update_institution_alert_type_v1._get_kwargs(
                body=body,
            ),
            _update_institution_alert_type_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_institution_alert_type_v1(
        self,
        *,
        body: InstitutionAlertTypeResource,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InstitutionAlertTypeResource | None:
        """Enable or tailor a platform alert type for the institution

        An existing one answers 204 with no body (PRMSYS_10005), as for alert types.

        POST /v1/institution-alert-types (operationId ``create_institution_alert_type_v1``).

        Args:
            body: The institution's setting for one alert type.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_institution_alert_type_v1",
            _create_institution_alert_type_v1._get_kwargs(
                body=body,
            ),
            _create_institution_alert_type_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_institution_alert_type_v1(
        self,
        id: int,
        *,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an institution alert type

        DELETE /v1/institution-alert-types/{id} (operationId ``delete_institution_alert_type_v1``).

        Args:
            id: The institution alert type to delete (its numeric id).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_institution_alert_type_v1",
            _delete_institution_alert_type_v1._get_kwargs(
                id=id,
            ),
            _delete_institution_alert_type_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_alert_preferences_v1(
        self,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        account_external_id: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        alert_types: str | Unset = UNSET,
        default: bool | Unset = False,
        external_id: str | Unset = UNSET,
        page_no: int | Unset = 0,
        page_size: int | Unset = 100,
        institution_customer_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AlertPreferenceResources:
        """A user's alert preferences, a page at a time (institution defaults when the user has none)

        GET /v1/alert-preferences (operationId ``list_alert_preferences_v1``).

        Args:
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            account_external_id: Only preferences for the account with this external id.
            account_id: Only preferences for this account.
            alert_types: Only these alert types: names separated by commas.
            default: true: the institution's default preferences instead of the user's. Default false.
            external_id: Only the preference with this external id.
            page_no: Which page, counted from 0. Default 0.
            page_size: Preferences per page. Default 100.
            institution_customer_id: The business (location) context for business users; a header on the
                alerts APIs.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_alert_preferences_v1",
            _list_alert_preferences_v1._get_kwargs(
                host_user_id=host_user_id,
                login_id=login_id,
                account_external_id=account_external_id,
                account_id=account_id,
                alert_types=alert_types,
                default=default,
                external_id=external_id,
                page_no=page_no,
                page_size=page_size,
                institution_customer_id=institution_customer_id,
            ),
            _list_alert_preferences_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_alert_preference_v1(
        self,
        *,
        body: AlertPreferenceResource,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AlertPreferenceResource:
        """Opt a user in to an alert type on a channel (the user needs a destination for it)

        POST /v1/alert-preferences (operationId ``create_alert_preference_v1``).

        Args:
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: The business (location) context for business users; a header on the
                alerts APIs.
            body: A user's choice for one alert type and channel.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_alert_preference_v1",
            _create_alert_preference_v1._get_kwargs(
                body=body,
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
            ),
            _create_alert_preference_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_alert_preference_v1(
        self,
        alert_preference_id: int,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AlertPreferenceResource:
        """One of the user's alert preferences

        GET /v1/alert-preferences/{alert_preference_id} (operationId ``get_alert_preference_v1``).

        Args:
            alert_preference_id: The preference to read (its numeric id).
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: The business (location) context for business users; a header on the
                alerts APIs.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_alert_preference_v1",
            _get_alert_preference_v1._get_kwargs(
                alert_preference_id=alert_preference_id,
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
            ),
            _get_alert_preference_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_alert_preference_v1(
        self,
        alert_preference_id: int,
        *,
        body: AlertPreferenceResource,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        allow_callback: bool | Unset = True,
        institution_customer_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AlertPreferenceResource:
        """Opt one of the user's preferences in or out, or change its thresholds

        PUT /v1/alert-preferences/{alert_preference_id} (operationId ``update_alert_preference_v1``).

        Args:
            alert_preference_id: The preference to change (its numeric id).
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            allow_callback: Whether the alert service may call the institution back for this
                preference's data. Default true.
            institution_customer_id: The business (location) context for business users; a header on the
                alerts APIs.
            body: A user's choice for one alert type and channel.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "update_alert_preference_v1",
            _update_alert_preference_v1._get_kwargs(
                alert_preference_id=alert_preference_id,
                body=body,
                host_user_id=host_user_id,
                login_id=login_id,
                allow_callback=allow_callback,
                institution_customer_id=institution_customer_id,
            ),
            _update_alert_preference_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_alert_preference_v1(
        self,
        alert_preference_id: int,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete one of the user's preferences

        DELETE /v1/alert-preferences/{alert_preference_id} (operationId ``delete_alert_preference_v1``).

        Args:
            alert_preference_id: The preference to delete (its numeric id).
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: The business (location) context for business users; a header on the
                alerts APIs.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_alert_preference_v1",
            _delete_alert_preference_v1._get_kwargs(
                alert_preference_id=alert_preference_id,
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
            ),
            _delete_alert_preference_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_institution_alert_preferences_v1(
        self,
        *,
        alert_types: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FiAlertPreferenceResources:
        """The institution's default opt-in per alert type and channel

        GET /v1/institution-alert-preferences (operationId ``list_institution_alert_preferences_v1``).

        Args:
            alert_types: Only these alert types: names separated by commas.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_institution_alert_preferences_v1",
            _list_institution_alert_preferences_v1._get_kwargs(
                alert_types=alert_types,
            ),
            _list_institution_alert_preferences_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_institution_alert_preference_v1(
        self,
        *,
        body: FiAlertPreferenceResource,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FiAlertPreferenceResource:
        """Create an institution default preference for an alert type and channel

        POST /v1/institution-alert-preferences (operationId ``create_institution_alert_preference_v1``).

        Args:
            body: The institution's default for one alert type and channel.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_institution_alert_preference_v1",
            _create_institution_alert_preference_v1._get_kwargs(
                body=body,
            ),
            _create_institution_alert_preference_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_institution_alert_preference_v1(
        self,
        institution_alert_preference_id: int,
        *,
        body: FiAlertPreferenceResource | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FiAlertPreferenceResource:
        """Opt an institution default preference in or out

        PUT /v1/institution-alert-preferences/{institution_alert_preference_id} (operationId ``update_institution_alert_preference_v1``).

        Args:
            institution_alert_preference_id: The institution preference to change (its numeric id).
            body: The institution's default for one alert type and channel.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "update_institution_alert_preference_v1",
            _update_institution_alert_preference_v1._get_kwargs(
                institution_alert_preference_id=institution_alert_preference_id,
                body=body,
            ),
            _update_institution_alert_preference_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_institution_alert_preference_v1(
        self,
        institution_alert_preference_id: int,
        *,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an institution default preference

        DELETE /v1/institution-alert-preferences/{institution_alert_preference_id} (operationId ``delete_institution_alert_preference_v1``).

        Args:
            institution_alert_preference_id: The institution preference to delete (its numeric id).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_institution_alert_preference_v1",
            _delete_institution_alert_preference_v1._get_kwargs(
                institution_alert_preference_id=institution_alert_preference_id,
            ),
            _delete_institution_alert_preference_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_user_subscriptions_v1(
        self,
        di_fiid: str,
        di_ficustomer: str,
        *,
        event_type: str | Unset = UNSET,
        action: str | Unset = UNSET,
        originating_ip: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Subscriptions | None:
        """A customer's event subscriptions (legacy, XML); 204 when there are none

        GET /subscriptions/v1/fis/{di_fiid}/fiCustomers/{di_ficustomer}/subscriptions (operationId ``list_user_subscriptions_v1``).

        Args:
            di_fiid: The institution's id (the di_fiid of the v1 token).
            di_ficustomer: The customer's id at the institution (the fiCustomerId of the subscriptions).
            event_type: Only subscriptions to this event type.
            action: Only subscriptions with this action, e.g. EMAIL or SMS.
            originating_ip: The IP address of the end user's device, for the platform's audit trail.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_user_subscriptions_v1",
            _list_user_subscriptions_v1._get_kwargs(
                di_fiid=di_fiid,
                di_ficustomer=di_ficustomer,
                event_type=event_type,
                action=action,
                originating_ip=originating_ip,
            ),
            _list_user_subscriptions_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_user_subscription_v1(
        self,
        di_fiid: str,
        di_ficustomer: str,
        *,
        body: Subscription,
        originating_ip: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Subscription:
        """Update a customer's subscription (legacy, XML; the id is in the body)

        PUT /subscriptions/v1/fis/{di_fiid}/fiCustomers/{di_ficustomer}/subscriptions (operationId ``update_user_subscription_v1``).

        Args:
            di_fiid: The institution's id (the di_fiid of the v1 token).
            di_ficustomer: The customer's id at the institution (the fiCustomerId of the subscriptions).
            originating_ip: The IP address of the end user's device, for the platform's audit trail.
            body: A legacy subscription: which events reach which customer, how (XML).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "update_user_subscription_v1",
            _update_user_subscription_v1._get_kwargs(
                di_fiid=di_fiid,
                di_ficustomer=di_ficustomer,
                body=body,
                originating_ip=originating_ip,
            ),
            _update_user_subscription_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_user_subscription_v1(
        self,
        di_fiid: str,
        di_ficustomer: str,
        *,
        body: Subscription,
        originating_ip: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Subscription:
        """Subscribe a customer to an event type (legacy, XML)

        POST /subscriptions/v1/fis/{di_fiid}/fiCustomers/{di_ficustomer}/subscriptions (operationId ``create_user_subscription_v1``).

        Args:
            di_fiid: The institution's id (the di_fiid of the v1 token).
            di_ficustomer: The customer's id at the institution (the fiCustomerId of the subscriptions).
            originating_ip: The IP address of the end user's device, for the platform's audit trail.
            body: A legacy subscription: which events reach which customer, how (XML).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_user_subscription_v1",
            _create_user_subscription_v1._get_kwargs(
                di_fiid=di_fiid,
                di_ficustomer=di_ficustomer,
                body=body,
                originating_ip=originating_ip,
            ),
            _create_user_subscription_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_institution_subscriptions_v1(
        self,
        di_fiid: str,
        *,
        event_type: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        filter_out_subs: str | Unset = UNSET,
        status: str | Unset = UNSET,
        originating_ip: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Subscriptions:
        """Every subscription of the institution, keyset-paged by customer (legacy, XML)

        GET /subscriptions/v1/fis/{di_fiid}/subscriptions (operationId ``list_institution_subscriptions_v1``).

        Args:
            di_fiid: The institution's id (the di_fiid of the v1 token).
            event_type: Only subscriptions to this event type.
            limit: Subscriptions per page: a number sent as a string (the platform's default is 30).
            user_token: Where the page starts: the fiCustomerId of the last subscription of the previous
                page.
            filter_out_subs: 'true' leaves out subscriptions already processed today (a boolean sent as
                a string).
            status: A: active subscriptions only; I: inactive ones only; both when absent.
            originating_ip: The IP address of the end user's device, for the platform's audit trail.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_institution_subscriptions_v1",
            _list_institution_subscriptions_v1._get_kwargs(
                di_fiid=di_fiid,
                event_type=event_type,
                limit=limit,
                user_token=user_token,
                filter_out_subs=filter_out_subs,
                status=status,
                originating_ip=originating_ip,
            ),
            _list_institution_subscriptions_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_subscription_by_id_v1(
        self,
        di_fiid: str,
        di_ficustomer: str,
        subscription_id: str,
        *,
        event_type: str | Unset = UNSET,
        action: str | Unset = UNSET,
        originating_ip: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Subscription:
        """One of a customer's subscriptions (legacy, XML)

        GET /subscriptions/v1/fis/{di_fiid}/fiCustomers/{di_ficustomer}/subscriptions/{subscription_id} (operationId ``get_subscription_by_id_v1``).

        Args:
            di_fiid: The institution's id (the di_fiid of the v1 token).
            di_ficustomer: The customer's id at the institution (the fiCustomerId of the subscriptions).
            subscription_id: The subscription's id.
            event_type: Only subscriptions to this event type.
            action: Only subscriptions with this action, e.g. EMAIL or SMS.
            originating_ip: The IP address of the end user's device, for the platform's audit trail.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_subscription_by_id_v1",
            _get_subscription_by_id_v1._get_kwargs(
                di_fiid=di_fiid,
                di_ficustomer=di_ficustomer,
                subscription_id=subscription_id,
                event_type=event_type,
                action=action,
                originating_ip=originating_ip,
            ),
            _get_subscription_by_id_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_subscription_v1(
        self,
        di_fiid: str,
        di_ficustomer: str,
        subscription_id: str,
        *,
        originating_ip: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a customer's subscription and its schedule (legacy)

        DELETE /subscriptions/v1/fis/{di_fiid}/fiCustomers/{di_ficustomer}/subscriptions/{subscription_id} (operationId ``delete_subscription_v1``).

        Args:
            di_fiid: The institution's id (the di_fiid of the v1 token).
            di_ficustomer: The customer's id at the institution (the fiCustomerId of the subscriptions).
            subscription_id: The subscription's id.
            originating_ip: The IP address of the end user's device, for the platform's audit trail.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_subscription_v1",
            _delete_subscription_v1._get_kwargs(
                di_fiid=di_fiid,
                di_ficustomer=di_ficustomer,
                subscription_id=subscription_id,
                originating_ip=originating_ip,
            ),
            _delete_subscription_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def send_customer_event_v1(
        self,
        di_fiid: str,
        di_ficustomer: str,
        *,
        body: Events,
        originating_ip: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Send events for a customer to the message service (legacy, XML)

        POST /subscriptions/v1/fis/{di_fiid}/fiCustomers/{di_ficustomer}/events (operationId ``send_customer_event_v1``).

        Args:
            di_fiid: The institution's id (the di_fiid of the v1 token).
            di_ficustomer: The customer's id at the institution (the fiCustomerId of the subscriptions).
            originating_ip: The IP address of the end user's device, for the platform's audit trail.
            body: One customer's events for the message service: one XML document per call.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "send_customer_event_v1",
            _send_customer_event_v1._get_kwargs(
                di_fiid=di_fiid,
                di_ficustomer=di_ficustomer,
                body=body,
                originating_ip=originating_ip,
            ),
            _send_customer_event_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_alert_history_v1(
        self,
        *,
        account_ids: list[str] | Unset = UNSET,
        alert_type_names: list[str] | Unset = UNSET,
        email_status: list[ListAlertHistoryV1EmailStatusItem] | Unset = UNSET,
        end_date: str | Unset = UNSET,
        event_ids: list[str] | Unset = UNSET,
        id: int | Unset = UNSET,
        push_status: list[ListAlertHistoryV1PushStatusItem] | Unset = UNSET,
        read_flag: bool | Unset = UNSET,
        sms_status: list[ListAlertHistoryV1SmsStatusItem] | Unset = UNSET,
        start_date: str | Unset = UNSET,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AlertHistorySummaryResources:
        """Summaries of the alerts delivered to a user, filtered (no paging)

        GET /v1/alert-history (operationId ``list_alert_history_v1``).

        Args:
            account_ids: Only alerts about these accounts (repeat the parameter).
            alert_type_names: Only alerts of these types (repeat the parameter).
            email_status: Only alerts whose email delivery ended so: SUCCESS, FAILURE or IN_PROCESS
                (repeat the parameter).
            end_date: The last day included, yyyy-MM-dd.
            event_ids: Only alerts raised by these events (repeat the parameter).
            id: Only the alert with this history id.
            push_status: Only alerts whose push delivery ended so: SUCCESS, FAILURE or IN_PROCESS
                (repeat the parameter).
            read_flag: true: only alerts the user has read; false: only unread ones.
            sms_status: Only alerts whose SMS delivery ended so: SUCCESS, FAILURE or IN_PROCESS (repeat
                the parameter).
            start_date: The first day included, yyyy-MM-dd.
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: The business (location) context for business users; a header on the
                alerts APIs.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_alert_history_v1",
            _list_alert_history_v1._get_kwargs(
                account_ids=account_ids,
                alert_type_names=alert_type_names,
                email_status=email_status,
                end_date=end_date,
                event_ids=event_ids,
                id=id,
                push_status=push_status,
                read_flag=read_flag,
                sms_status=sms_status,
                start_date=start_date,
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
            ),
            _list_alert_history_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_alert_history_content_v1(
        self,
        *,
        alert_history_id: str | Unset = UNSET,
        event_id: str | Unset = UNSET,
        id: int | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AlertHistoryContentResource:
        """The rendered content of one delivered alert, by content id, history id or event id

        GET /v1/alert-history-content (operationId ``get_alert_history_content_v1``).

        Args:
            alert_history_id: The delivered alert whose content to read (its history id).
            event_id: The event whose alert content to read.
            id: The content's own id (alertHistoryContentId).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_alert_history_content_v1",
            _get_alert_history_content_v1._get_kwargs(
                alert_history_id=alert_history_id,
                event_id=event_id,
                id=id,
            ),
            _get_alert_history_content_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def publish_alert_events_v1(
        self,
        *,
        body: AlertEvent,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Publish an event that may trigger alerts (processed asynchronously; 202)

        Validation failures of the event itself answer 500 with PRMSYS_100xx codes, as the platform
        documents.

        POST /v1/realtime-events (operationId ``publish_alert_events_v1``).

        Args:
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: The business (location) context for business users; a header on the
                alerts APIs.
            body: A realtime event to publish (AccountEvent, TransactionEvent, NotificationEvent or
                UserEvent).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "publish_alert_events_v1",
            _publish_alert_events_v1._get_kwargs(
                body=body,
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
            ),
            _publish_alert_events_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AlertsAndNotificationsWithRawResponse:
    """The same methods, returning the raw response (status, headers, trace id) with the parsed value."""

    category = "alerts_notifications"

    def __init__(self, raw: AlertsAndNotifications) -> None:
        self.list_alert_templates_v1 = raw_response(raw.list_alert_templates_v1)
        self.update_alert_template_v1 = raw_response(raw.update_alert_template_v1)
        self.create_alert_template_v1 = raw_response(raw.create_alert_template_v1)
        self.delete_alert_template_v1 = raw_response(raw.delete_alert_template_v1)
        self.list_alert_types_v1 = raw_response(raw.list_alert_types_v1)
        self.update_alert_type_v1 = raw_response(raw.update_alert_type_v1)
        self.create_alert_type_v1 = raw_response(raw.create_alert_type_v1)
        self.delete_alert_type_v1 = raw_response(raw.delete_alert_type_v1)
        self.list_institution_alert_types_v1 = raw_response(raw.list_institution_alert_types_v1)
        self.update_institution_alert_type_v1 = raw_response(raw.update_institution_alert_type_v1)
        self.create_institution_alert_type_v1 = raw_response(raw.create_institution_alert_type_v1)
        self.delete_institution_alert_type_v1 = raw_response(raw.delete_institution_alert_type_v1)
        self.list_alert_preferences_v1 = raw_response(raw.list_alert_preferences_v1)
        self.create_alert_preference_v1 = raw_response(raw.create_alert_preference_v1)
        self.get_alert_preference_v1 = raw_response(raw.get_alert_preference_v1)
        self.update_alert_preference_v1 = raw_response(raw.update_alert_preference_v1)
        self.delete_alert_preference_v1 = raw_response(raw.delete_alert_preference_v1)
        self.list_institution_alert_preferences_v1 = raw_response(raw.list_institution_alert_preferences_v1)
        self.create_institution_alert_preference_v1 = raw_response(raw.create_institution_alert_preference_v1)
        self.update_institution_alert_preference_v1 = raw_response(raw.update_institution_alert_preference_v1)
        self.delete_institution_alert_preference_v1 = raw_response(raw.delete_institution_alert_preference_v1)
        self.list_user_subscriptions_v1 = raw_response(raw.list_user_subscriptions_v1)
        self.update_user_subscription_v1 = raw_response(raw.update_user_subscription_v1)
        self.create_user_subscription_v1 = raw_response(raw.create_user_subscription_v1)
        self.list_institution_subscriptions_v1 = raw_response(raw.list_institution_subscriptions_v1)
        self.get_subscription_by_id_v1 = raw_response(raw.get_subscription_by_id_v1)
        self.delete_subscription_v1 = raw_response(raw.delete_subscription_v1)
        self.send_customer_event_v1 = raw_response(raw.send_customer_event_v1)
        self.list_alert_history_v1 = raw_response(raw.list_alert_history_v1)
        self.get_alert_history_content_v1 = raw_response(raw.get_alert_history_content_v1)
        self.publish_alert_events_v1 = raw_response(raw.publish_alert_events_v1)
