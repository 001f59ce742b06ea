"""The typed resource class the facade exposes for this category: one awaitable method per operation"""

from collections.abc import Mapping
from typing import Any, cast

import httpx2

from ...models.recipient import Recipient
from ...models.recipients import Recipients
from ...models.transfer import Transfer
from ...types import UNSET, Invoker, RawInvoker, Unset, raw_response
from . import (
    create_recipient_v1 as _create_recipient_v1,
    create_transfer_v1 as _create_transfer_v1,
    delete_recipient_v1 as _delete_recipient_v1,
    get_recipient_v1 as _get_recipient_v1,
    list_recipients_v1 as _list_recipients_v1,
    update_recipient_v1 as _update_recipient_v1,
)


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
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Recipients:
        """List the user's recipients

        Returns every saved recipient of the user.

        GET /v1/recipients (operationId ``list_recipients_v1``).

        Args:
            host_user_id: The user's host (core) id, i.e. member number. With a client_credentials token
                pass hostUserId or loginId (not both); omit both with a password-grant token.
            login_id: The user's login id. With a client_credentials token pass hostUserId or loginId
                (not both); omit both with a password-grant token.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
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
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Recipients:
        """Create a recipient

        Saves a new recipient. With validate=true the platform first proves the recipient's account with a
        small test ("lucky") transfer from fromAccountId, which is then required.

        POST /v1/recipients (operationId ``create_recipient_v1``).

        Args:
            host_user_id: The user's host (core) id, i.e. member number. With a client_credentials token
                pass hostUserId or loginId (not both); omit both with a password-grant token.
            login_id: The user's login id. With a client_credentials token pass hostUserId or loginId
                (not both); omit both with a password-grant token.
            validate: Validate the recipient at the institution before saving it.
            from_account_id: The sender's account id used for the validation transfer; required when
                validate=true.
            body: A saved payee: another member of the same institution. The platform declares no
                required fields; in practice memberNumber, accountNumber, accountType and nickName are
                needed to create one (REC_12004 otherwise).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
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
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Recipients:
        """Get one recipient

        Returns one recipient inside the RecipientList wrapper (platform schema Recipients), not a bare
        Recipient.

        GET /v1/recipients/{recipient_id} (operationId ``get_recipient_v1``).

        Args:
            recipient_id: The recipient's id, as returned when it was created.
            host_user_id: The user's host (core) id, i.e. member number. With a client_credentials token
                pass hostUserId or loginId (not both); omit both with a password-grant token.
            login_id: The user's login id. With a client_credentials token pass hostUserId or loginId
                (not both); omit both with a password-grant token.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
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
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Recipients:
        """Update a recipient

        Replaces a recipient's details. When the account number or passcode changes, pass fromAccountId so
        the platform can validate the recipient again.

        PUT /v1/recipients/{recipient_id} (operationId ``update_recipient_v1``).

        Args:
            recipient_id: The recipient's id, as returned when it was created.
            host_user_id: The user's host (core) id, i.e. member number. With a client_credentials token
                pass hostUserId or loginId (not both); omit both with a password-grant token.
            login_id: The user's login id. With a client_credentials token pass hostUserId or loginId
                (not both); omit both with a password-grant token.
            from_account_id: The sender's account id, needed when the updated recipient is validated
                again.
            body: A saved payee: another member of the same institution. The platform declares no
                required fields; in practice memberNumber, accountNumber, accountType and nickName are
                needed to create one (REC_12004 otherwise).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
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
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a recipient

        Permanently removes a recipient. Scheduled transfers to it may fail afterwards; the user must create
        it again to pay it.

        DELETE /v1/recipients/{recipient_id} (operationId ``delete_recipient_v1``).

        Args:
            recipient_id: The recipient's id, as returned when it was created.
            host_user_id: The user's host (core) id, i.e. member number. With a client_credentials token
                pass hostUserId or loginId (not both); omit both with a password-grant token.
            login_id: The user's login id. With a client_credentials token pass hostUserId or loginId
                (not both); omit both with a password-grant token.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
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
        body: Transfer | Unset = UNSET,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        test_transfer: bool | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Transfer:
        """Create a transfer

        Moves money now, on a future date, or on a recurring schedule. Kinds: standard (between the user's
        own accounts), recipient (to another member at the same institution), loan payment (with
        paymentOption) and IRA contribution (previousYearContribution for the prior tax year). Omit schedule
        for an immediate one-time transfer. Scheduled transfers return an id and the schedule's next/final
        execution dates.

        POST /v1/transfers (operationId ``create_transfer_v1``).

        Args:
            host_user_id: The user's host (core) id, i.e. member number. With a client_credentials token
                pass hostUserId or loginId (not both); omit both with a password-grant token.
            login_id: The user's login id. With a client_credentials token pass hostUserId or loginId
                (not both); omit both with a password-grant token.
            test_transfer: true: the platform validates the transfer and answers as it would, without
                moving money; a test transfer cannot carry a schedule (TFR_10064).
            body: A transfer request and the platform's answer (one schema for both, as on the
                platform). Request side: fromAccountId, toAccountId and amount are needed in practice
                (TFR_10058, TFR_10059, TFR_10020); schedule is omitted for an immediate transfer. Response
                side adds status, confirmation, fee, payoffAmount, notificationMessage and, for scheduled
                transfers, id and the schedule's computed dates.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
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
