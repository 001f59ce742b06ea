"""The typed resource class the facade exposes for this category: one awaitable method per operation"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from ...models.error_response import ErrorResponse
from ...models.recipient import Recipient
from ...models.recipient_list import RecipientList
from ...models.transfer import Transfer
from ...types import UNSET, Invoker, RawInvoker, Unset, raw_response
from . import create_recipient_v1 as _create_recipient_v1
from . import create_transfer_v1 as _create_transfer_v1
from . import delete_recipient_v1 as _delete_recipient_v1
from . import get_recipient_v1 as _get_recipient_v1
from . import list_recipients_v1 as _list_recipients_v1
from . import update_recipient_v1 as _update_recipient_v1


class MoneyMovement:
    """Every operation of this category, one typed awaitable method each.

    A 2xx response returns the documented model; anything else raises a typed error.
    """

    category = "money_movement"

    def __init__(self, invoke: Invoker, raw_invoke: RawInvoker | None = None) -> None:
        self._invoke = invoke
        self.raw = raw_invoke is None  # True for the instance behind with_raw_response
        if raw_invoke is not None:
            self.with_raw_response = MoneyMovementWithRawResponse(MoneyMovement(raw_invoke))  # type: ignore[arg-type]

    async def list_recipients_v1(
        self,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecipientList:
        """List the user's recipients

        GET /v1/recipients (operationId ``list_recipients_v1``).
        """

        return await self._invoke(
            "list_recipients_v1",
            _list_recipients_v1._get_kwargs(
                host_user_id=host_user_id,
                login_id=login_id,
            ),
            _list_recipients_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_recipient_v1(
        self,
        *,
        body: Recipient,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        validate: bool | Unset = UNSET,
        from_account_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecipientList:
        """Create a recipient

        POST /v1/recipients (operationId ``create_recipient_v1``).
        """

        return await self._invoke(
            "create_recipient_v1",
            _create_recipient_v1._get_kwargs(
                body=body,
                host_user_id=host_user_id,
                login_id=login_id,
                validate=validate,
                from_account_id=from_account_id,
            ),
            _create_recipient_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_recipient_v1(
        self,
        recipient_id: str,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecipientList:
        """Get one recipient

        GET /v1/recipients/{recipient_id} (operationId ``get_recipient_v1``).
        """

        return await self._invoke(
            "get_recipient_v1",
            _get_recipient_v1._get_kwargs(
                recipient_id=recipient_id,
                host_user_id=host_user_id,
                login_id=login_id,
            ),
            _get_recipient_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_recipient_v1(
        self,
        recipient_id: str,
        *,
        body: Recipient,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        from_account_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RecipientList:
        """Update a recipient

        PUT /v1/recipients/{recipient_id} (operationId ``update_recipient_v1``).
        """

        return await self._invoke(
            "update_recipient_v1",
            _update_recipient_v1._get_kwargs(
                recipient_id=recipient_id,
                body=body,
                host_user_id=host_user_id,
                login_id=login_id,
                from_account_id=from_account_id,
            ),
            _update_recipient_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_recipient_v1(
        self,
        recipient_id: str,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a recipient

        DELETE /v1/recipients/{recipient_id} (operationId ``delete_recipient_v1``).
        """

        return await self._invoke(
            "delete_recipient_v1",
            _delete_recipient_v1._get_kwargs(
                recipient_id=recipient_id,
                host_user_id=host_user_id,
                login_id=login_id,
            ),
            _delete_recipient_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_transfer_v1(
        self,
        *,
        body: Transfer,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        test_transfer: bool | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Transfer:
        """Create a transfer

        POST /v1/transfers (operationId ``create_transfer_v1``).
        """

        return await self._invoke(
            "create_transfer_v1",
            _create_transfer_v1._get_kwargs(
                body=body,
                host_user_id=host_user_id,
                login_id=login_id,
                test_transfer=test_transfer,
            ),
            _create_transfer_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class MoneyMovementWithRawResponse:
    """The same methods, returning the raw response (status, headers, trace id) with the parsed value."""

    category = "money_movement"

    def __init__(self, raw: MoneyMovement) -> None:
        self.list_recipients_v1 = raw_response(raw.list_recipients_v1)
        self.create_recipient_v1 = raw_response(raw.create_recipient_v1)
        self.get_recipient_v1 = raw_response(raw.get_recipient_v1)
        self.update_recipient_v1 = raw_response(raw.update_recipient_v1)
        self.delete_recipient_v1 = raw_response(raw.delete_recipient_v1)
        self.create_transfer_v1 = raw_response(raw.create_transfer_v1)
