"""The typed resource class the facade exposes for this category: one awaitable method per operation"""

import datetime
from collections.abc import Mapping
from typing import Any, cast

import httpx2

from ...models.ach_payment import AchPayment
from ...models.bb_registration import BbRegistration
from ...models.business_details import BusinessDetails
from ...models.business_entitlements_limits import BusinessEntitlementsLimits
from ...models.business_registration_config import BusinessRegistrationConfig
from ...models.payments import Payments
from ...models.user_entitlements_limits import UserEntitlementsLimits
from ...models.wire_payment import WirePayment
from ...types import UNSET, Invoker, RawInvoker, Unset, known_date, parse_date, raw_response
from . import (
    create_ach_payment_v1 as _create_ach_payment_v1,
    create_business_registration_v1 as _create_business_registration_v1,
    create_wire_payment_v1 as _create_wire_payment_v1,
    get_ach_payment_by_payment_id_v1 as _get_ach_payment_by_payment_id_v1,
    get_ach_payments_v1 as _get_ach_payments_v1,
    get_business_details_v1 as _get_business_details_v1,
    get_business_entitlements_limits_v1 as _get_business_entitlements_limits_v1,
    get_business_registration_by_confirmation_number_v1 as _get_business_registration_by_confirmation_number_v1,
    get_business_registration_by_id_v1 as _get_business_registration_by_id_v1,
    get_business_registration_config_v1 as _get_business_registration_config_v1,
    get_user_entitlements_limits_v1 as _get_user_entitlements_limits_v1,
    get_wire_payment_by_payment_id_v1 as _get_wire_payment_by_payment_id_v1,
    get_wire_payments_v1 as _get_wire_payments_v1,
)


class BusinessBanking:
    """Every operation of this category, one typed awaitable method each.

    A 2xx response returns the documented model; anything else raises a typed error.
    """

    category = "business_banking"

    def __init__(self, invoke: Invoker, raw_invoke: RawInvoker | None = None) -> None:
        self._invoke = invoke
        self.raw = raw_invoke is None  # True for the instance behind with_raw_response
        if raw_invoke is not None:
            self.with_raw_response = BusinessBankingWithRawResponse(BusinessBanking(raw_invoke))  # type: ignore[arg-type]

    async def get_business_details_v1(
        self,
        *,
        search_type: str,
        search_value: str,
        include_tins: bool | Unset = False,
        include_users: bool | Unset = False,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BusinessDetails:
        """A business's profile, optionally with its TINs and users

        GET /v1/business-details (operationId ``get_business_details_v1``).

        Args:
            search_type: What searchValue is: BUSINESS_ID (the business's id) or LOGIN_ID (one of its
                users' login id).
            search_value: The business id or user login id to find the business by (see searchType).
            include_tins: true: the answer also lists the business's tax ids. Default: False.
            include_users: true: the answer also lists the business's users with their contact methods.
                Default: False.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_business_details_v1",
            _get_business_details_v1._get_kwargs(
                search_type=search_type,
                search_value=search_value,
                include_tins=include_tins,
                include_users=include_users,
            ),
            _get_business_details_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_business_registration_config_v1(
        self,
        *,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BusinessRegistrationConfig:
        """The institution's registration options

        GET /v1/business-registration-configs (operationId ``get_business_registration_config_v1``).

        Args:
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_business_registration_config_v1",
            _get_business_registration_config_v1._get_kwargs(),
            _get_business_registration_config_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_business_registration_by_confirmation_number_v1(
        self,
        *,
        confirmation_number: str,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BbRegistration:
        """Look a registration up by its confirmation number

        GET /v1/business-registrations (operationId ``get_business_registration_by_confirmation_number_v1``).

        Args:
            confirmation_number: The confirmation number the registration was given: 16 letters or
                digits.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_business_registration_by_confirmation_number_v1",
            _get_business_registration_by_confirmation_number_v1._get_kwargs(
                confirmation_number=confirmation_number,
            ),
            _get_business_registration_by_confirmation_number_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_business_registration_v1(
        self,
        *,
        body: BbRegistration,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BbRegistration:
        """Submit a business registration

        Not idempotent; a second submission creates a second registration.

        POST /v1/business-registrations (operationId ``create_business_registration_v1``).

        Args:
            body: A business's application for online banking; the platform fills in the read-only
                fields.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_business_registration_v1",
            _create_business_registration_v1._get_kwargs(
                body=body,
            ),
            _create_business_registration_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_business_registration_by_id_v1(
        self,
        registration_id: str,
        *,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BbRegistration:
        """Look a registration up by its id

        GET /v1/business-registrations/{registration_id} (operationId ``get_business_registration_by_id_v1``).

        Args:
            registration_id: The registration's id, as its create call answered it.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_business_registration_by_id_v1",
            _get_business_registration_by_id_v1._get_kwargs(
                registration_id=registration_id,
            ),
            _get_business_registration_by_id_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_business_entitlements_limits_v1(
        self,
        *,
        business_id: str,
        institution_customer_id: str | Unset = UNSET,
        feature_name: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BusinessEntitlementsLimits:
        """A company's entitled features and limits

        GET /v1/business-entitlements-limits (operationId ``get_business_entitlements_limits_v1``).

        Args:
            business_id: The business (company) whose entitlements are wanted.
            institution_customer_id: Only this business location (its institution customer id); every
                location when left out.
            feature_name: Only this feature, by its display name (e.g. ACH Payments, Wires - Domestic);
                every feature when left out.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_business_entitlements_limits_v1",
            _get_business_entitlements_limits_v1._get_kwargs(
                business_id=business_id,
                institution_customer_id=institution_customer_id,
                feature_name=feature_name,
            ),
            _get_business_entitlements_limits_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_user_entitlements_limits_v1(
        self,
        *,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        feature_name: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserEntitlementsLimits:
        """A business user's entitled features and limits

        GET /v1/user-entitlements-limits (operationId ``get_user_entitlements_limits_v1``).

        Args:
            login_id: The business user's login id: needed with a client-credentials token, left out
                with the user's own token.
            institution_customer_id: Only this business location (its institution customer id); every
                location when left out.
            feature_name: Only this feature, by its display name (e.g. ACH Payments, Wires - Domestic);
                every feature when left out.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_user_entitlements_limits_v1",
            _get_user_entitlements_limits_v1._get_kwargs(
                login_id=login_id,
                institution_customer_id=institution_customer_id,
                feature_name=feature_name,
            ),
            _get_user_entitlements_limits_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_ach_payments_v1(
        self,
        *,
        login_id: str,
        from_date: datetime.date,
        to_date: datetime.date,
        payment_status: str | Unset = UNSET,
        payment_type: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Payments:
        """List ACH payments in a date range of at most 30 days

        GET /v1/ach-payments (operationId ``get_ach_payments_v1``).

        Args:
            login_id: The login id of the business user the payment call acts for.
            from_date: First day of the window (YYYY-MM-DD).
            to_date: Last day of the window (YYYY-MM-DD): on or after fromDate, at most 30 days later.
            payment_status: Comma-separated payment statuses to keep (e.g. SCHEDULED,PROCESSED); every
                status when left out.
            payment_type: Comma-separated ACH_PAYMENT,ACH_COLLECTION (default both).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_ach_payments_v1",
            _get_ach_payments_v1._get_kwargs(
                login_id=login_id,
                from_date=from_date,
                to_date=to_date,
                payment_status=payment_status,
                payment_type=payment_type,
            ),
            _get_ach_payments_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_ach_payment_v1(
        self,
        *,
        body: AchPayment,
        login_id: str,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AchPayment:
        """Create an ACH payment or collection

        Moves money; never retried once sent.

        POST /v1/ach-payments (operationId ``create_ach_payment_v1``).

        Args:
            login_id: The login id of the business user the payment call acts for.
            body: An ACH payment (money out to contacts) or collection (money in from them).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_ach_payment_v1",
            _create_ach_payment_v1._get_kwargs(
                body=body,
                login_id=login_id,
            ),
            _create_ach_payment_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_ach_payment_by_payment_id_v1(
        self,
        payment_id: str,
        *,
        login_id: str,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AchPayment:
        """One ACH payment

        GET /v1/ach-payments/{payment_id} (operationId ``get_ach_payment_by_payment_id_v1``).

        Args:
            payment_id: The payment's id, as its create call answered it.
            login_id: The login id of the business user the payment call acts for.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_ach_payment_by_payment_id_v1",
            _get_ach_payment_by_payment_id_v1._get_kwargs(
                payment_id=payment_id,
                login_id=login_id,
            ),
            _get_ach_payment_by_payment_id_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_wire_payments_v1(
        self,
        *,
        login_id: str,
        from_date: datetime.date,
        to_date: datetime.date,
        payment_status: str | Unset = UNSET,
        payment_type: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Payments:
        """List wires in a date range of at most 30 days

        GET /v1/wire-payments (operationId ``get_wire_payments_v1``).

        Args:
            login_id: The login id of the business user the payment call acts for.
            from_date: First day of the window (YYYY-MM-DD).
            to_date: Last day of the window (YYYY-MM-DD): on or after fromDate, at most 30 days later.
            payment_status: Comma-separated payment statuses to keep (e.g. SCHEDULED,PROCESSED); every
                status when left out.
            payment_type: Comma-separated WIRE_DOMESTIC,WIRE_INTERNATIONAL (default both).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_wire_payments_v1",
            _get_wire_payments_v1._get_kwargs(
                login_id=login_id,
                from_date=from_date,
                to_date=to_date,
                payment_status=payment_status,
                payment_type=payment_type,
            ),
            _get_wire_payments_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_wire_payment_v1(
        self,
        *,
        body: WirePayment,
        login_id: str,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WirePayment:
        """Create a domestic or international wire

        Moves money; never retried once sent.

        POST /v1/wire-payments (operationId ``create_wire_payment_v1``).

        Args:
            login_id: The login id of the business user the payment call acts for.
            body: A domestic or an international wire.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_wire_payment_v1",
            _create_wire_payment_v1._get_kwargs(
                body=body,
                login_id=login_id,
            ),
            _create_wire_payment_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_wire_payment_by_payment_id_v1(
        self,
        payment_id: str,
        *,
        login_id: str,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WirePayment:
        """One wire

        GET /v1/wire-payments/{payment_id} (operationId ``get_wire_payment_by_payment_id_v1``).

        Args:
            payment_id: The payment's id, as its create call answered it.
            login_id: The login id of the business user the payment call acts for.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_wire_payment_by_payment_id_v1",
            _get_wire_payment_by_payment_id_v1._get_kwargs(
                payment_id=payment_id,
                login_id=login_id,
            ),
            _get_wire_payment_by_payment_id_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class BusinessBankingWithRawResponse:
    """The same methods, returning the raw response (status, headers, trace id) with the parsed value."""

    category = "business_banking"

    def __init__(self, raw: BusinessBanking) -> None:
        self.get_business_details_v1 = raw_response(raw.get_business_details_v1)
        self.get_business_registration_config_v1 = raw_response(raw.get_business_registration_config_v1)
        self.get_business_registration_by_confirmation_number_v1 = raw_response(
            raw.get_business_registration_by_confirmation_number_v1
        )
        self.create_business_registration_v1 = raw_response(raw.create_business_registration_v1)
        self.get_business_registration_by_id_v1 = raw_response(raw.get_business_registration_by_id_v1)
        self.get_business_entitlements_limits_v1 = raw_response(raw.get_business_entitlements_limits_v1)
        self.get_user_entitlements_limits_v1 = raw_response(raw.get_user_entitlements_limits_v1)
        self.get_ach_payments_v1 = raw_response(raw.get_ach_payments_v1)
        self.create_ach_payment_v1 = raw_response(raw.create_ach_payment_v1)
        self.get_ach_payment_by_payment_id_v1 = raw_response(raw.get_ach_payment_by_payment_id_v1)
        self.get_wire_payments_v1 = raw_response(raw.get_wire_payments_v1)
        self.create_wire_payment_v1 = raw_response(raw.create_wire_payment_v1)
        self.get_wire_payment_by_payment_id_v1 = raw_response(raw.get_wire_payment_by_payment_id_v1)
