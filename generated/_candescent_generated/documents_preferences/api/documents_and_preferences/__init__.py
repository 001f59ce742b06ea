"""The typed resource class the facade exposes for this category: one awaitable method per operation"""

from collections.abc import Mapping
from typing import Any, cast

import httpx2

from ...models.account_type_2 import AccountType2
from ...models.e_statement_account_preferences_request import EStatementAccountPreferencesRequest
from ...models.e_statement_account_preferences_response import EStatementAccountPreferencesResponse
from ...models.e_statement_report_request import EStatementReportRequest
from ...models.e_statement_report_response import EStatementReportResponse
from ...models.e_statement_user_preferences_request import EStatementUserPreferencesRequest
from ...models.e_statement_user_preferences_response import EStatementUserPreferencesResponse
from ...models.institution_disclosure import InstitutionDisclosure
from ...models.institution_disclosure_create_request import InstitutionDisclosureCreateRequest
from ...models.institution_disclosure_update_request import InstitutionDisclosureUpdateRequest
from ...models.institution_disclosures_response import InstitutionDisclosuresResponse
from ...models.institution_user_disclosure_create_request import InstitutionUserDisclosureCreateRequest
from ...models.institution_user_disclosure_delete_request import InstitutionUserDisclosureDeleteRequest
from ...models.institution_user_disclosure_update_request import InstitutionUserDisclosureUpdateRequest
from ...models.institution_user_disclosures_response import InstitutionUserDisclosuresResponse
from ...types import UNSET, Invoker, RawInvoker, Unset, raw_response
from . import (
    create_institution_disclosure_v1 as _create_institution_disclosure_v1,
    create_user_disclosure_v1 as _create_user_disclosure_v1,
    delete_user_disclosure_v1 as _delete_user_disclosure_v1,
    get_e_statement_account_preferences_v1 as _get_e_statement_account_preferences_v1,
    get_e_statements_accounts_report_v1 as _get_e_statements_accounts_report_v1,
    list_institution_disclosures_v1 as _list_institution_disclosures_v1,
    list_user_disclosures_v1 as _list_user_disclosures_v1,
    update_e_statement_account_preferences_v1 as _update_e_statement_account_preferences_v1,
    update_e_statement_user_preferences_v1 as _update_e_statement_user_preferences_v1,
    update_institution_disclosure_v1 as _update_institution_disclosure_v1,
    update_user_disclosure_v1 as _update_user_disclosure_v1,
)


class DocumentsAndPreferences:
    """Every operation of this category, one typed awaitable method each.

    A 2xx response returns the documented model; anything else raises a typed error.
    """

    category = "documents_preferences"

    def __init__(self, invoke: Invoker, raw_invoke: RawInvoker | None = None) -> None:
        self._invoke = invoke
        self.raw = raw_invoke is None  # True for the instance behind with_raw_response
        if raw_invoke is not None:
            self.with_raw_response = DocumentsAndPreferencesWithRawResponse(DocumentsAndPreferences(raw_invoke))  # type: ignore[arg-type]

    async def list_institution_disclosures_v1(
        self,
        *,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InstitutionDisclosuresResponse:
        """The institution's disclosures, enabled and disabled

        GET /v1/institution-disclosures (operationId ``list_institution_disclosures_v1``).

        Args:
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_institution_disclosures_v1",
            _list_institution_disclosures_v1._get_kwargs(),
            _list_institution_disclosures_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_institution_disclosure_v1(
        self,
        *,
        body: InstitutionDisclosureCreateRequest,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InstitutionDisclosure:
        """Create an institution disclosure

        POST /v1/institution-disclosures (operationId ``create_institution_disclosure_v1``).

        Args:
            body: A disclosure to publish to the institution's users.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_institution_disclosure_v1",
            _create_institution_disclosure_v1._get_kwargs(
                body=body,
            ),
            _create_institution_disclosure_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_institution_disclosure_v1(
        self,
        institution_disclosure_id: str,
        *,
        body: InstitutionDisclosureUpdateRequest,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InstitutionDisclosure:
        """Update an institution disclosure (the body's id must equal the path's)

        PUT /v1/institution-disclosures/{institution_disclosure_id} (operationId ``update_institution_disclosure_v1``).

        Args:
            institution_disclosure_id: The disclosure to change (its id, 32 hexadecimal characters);
                must equal the body's institutionDisclosureId.
            body: A disclosure's new content: every create field, plus its id (which must equal the
                path's).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "update_institution_disclosure_v1",
            _update_institution_disclosure_v1._get_kwargs(
                institution_disclosure_id=institution_disclosure_id,
                body=body,
            ),
            _update_institution_disclosure_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_user_disclosures_v1(
        self,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InstitutionUserDisclosuresResponse:
        """A user's disclosure acceptances

        GET /v1/institution-user-disclosures (operationId ``list_user_disclosures_v1``).

        Args:
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: For a business user: the id of the business (institution customer)
                to act for; needed when the user belongs to several.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_user_disclosures_v1",
            _list_user_disclosures_v1._get_kwargs(
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
            ),
            _list_user_disclosures_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_user_disclosure_v1(
        self,
        *,
        body: InstitutionUserDisclosureUpdateRequest,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a user's acceptance of an ESIGN, IB or custom disclosure

        PUT /v1/institution-user-disclosures (operationId ``update_user_disclosure_v1``).

        Args:
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: For a business user: the id of the business (institution customer)
                to act for; needed when the user belongs to several.
            body: A user's changed answer to an ESIGN, IB or custom disclosure (not OLS).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "update_user_disclosure_v1",
            _update_user_disclosure_v1._get_kwargs(
                body=body,
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
            ),
            _update_user_disclosure_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_user_disclosure_v1(
        self,
        *,
        body: InstitutionUserDisclosureCreateRequest,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        account_type: AccountType2 | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Record a user's acceptance of a disclosure (OLS, ESIGN, IB or custom)

        POST /v1/institution-user-disclosures (operationId ``create_user_disclosure_v1``).

        Args:
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: For a business user: the id of the business (institution customer)
                to act for; needed when the user belongs to several.
            account_type: The account's type; required for an OLS (online statements) acceptance when
                the institution runs multi-statement mode.
            body: A user's answer to a disclosure: name OLS/ESIGN/IB, or the id of a custom one.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_user_disclosure_v1",
            _create_user_disclosure_v1._get_kwargs(
                body=body,
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
                account_type=account_type,
            ),
            _create_user_disclosure_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_user_disclosure_v1(
        self,
        *,
        body: InstitutionUserDisclosureDeleteRequest,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        account_type: AccountType2,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Unenrol an account from online statements (a DELETE with a JSON body)

        DELETE /v1/institution-user-disclosures (operationId ``delete_user_disclosure_v1``).

        Args:
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: For a business user: the id of the business (institution customer)
                to act for; needed when the user belongs to several.
            account_type: The type of the account being unenrolled from online statements.
            body: Which account to unenrol from online statements.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_user_disclosure_v1",
            _delete_user_disclosure_v1._get_kwargs(
                body=body,
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
                account_type=account_type,
            ),
            _delete_user_disclosure_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_e_statement_account_preferences_v1(
        self,
        account_id: str,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EStatementAccountPreferencesResponse:
        """An account's e-statement status

        GET /v1/e-statements/{account_id}/disclosures (operationId ``get_e_statement_account_preferences_v1``).

        Args:
            account_id: The account whose e-statement enrolment to read (the institution must run
                multi-statement mode).
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_e_statement_account_preferences_v1",
            _get_e_statement_account_preferences_v1._get_kwargs(
                account_id=account_id,
                host_user_id=host_user_id,
                login_id=login_id,
            ),
            _get_e_statement_account_preferences_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_e_statement_account_preferences_v1(
        self,
        *,
        body: EStatementAccountPreferencesRequest,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Opt one account in to or out of e-statements

        PUT /v1/e-statements/preference (operationId ``update_e_statement_account_preferences_v1``).

        Args:
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            body: One account's e-statement choice.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "update_e_statement_account_preferences_v1",
            _update_e_statement_account_preferences_v1._get_kwargs(
                body=body,
                host_user_id=host_user_id,
                login_id=login_id,
            ),
            _update_e_statement_account_preferences_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_e_statement_user_preferences_v1(
        self,
        *,
        body: EStatementUserPreferencesRequest,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None | EStatementUserPreferencesResponse:
        """Opt all of a user's accounts in to or out of e-statements

        PUT /v2/e-statements/user/preferences (operationId ``update_e_statement_user_preferences_v1``).

        Args:
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            body: An e-statement choice for every account of the user.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "update_e_statement_user_preferences_v1",
            _update_e_statement_user_preferences_v1._get_kwargs(
                body=body,
                host_user_id=host_user_id,
                login_id=login_id,
            ),
            _update_e_statement_user_preferences_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_e_statements_accounts_report_v1(
        self,
        *,
        body: EStatementReportRequest | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EStatementReportResponse:
        """The institution's e-statement opt-in report (a read sent as a POST)

        POST /v1/reports/e-statements (operationId ``get_e_statements_accounts_report_v1``).

        Args:
            body: Optional filters of the opt-in report.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_e_statements_accounts_report_v1",
            _get_e_statements_accounts_report_v1._get_kwargs(
                body=body,
            ),
            _get_e_statements_accounts_report_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class DocumentsAndPreferencesWithRawResponse:
    """The same methods, returning the raw response (status, headers, trace id) with the parsed value."""

    category = "documents_preferences"

    def __init__(self, raw: DocumentsAndPreferences) -> None:
        self.list_institution_disclosures_v1 = raw_response(raw.list_institution_disclosures_v1)
        self.create_institution_disclosure_v1 = raw_response(raw.create_institution_disclosure_v1)
        self.update_institution_disclosure_v1 = raw_response(raw.update_institution_disclosure_v1)
        self.list_user_disclosures_v1 = raw_response(raw.list_user_disclosures_v1)
        self.update_user_disclosure_v1 = raw_response(raw.update_user_disclosure_v1)
        self.create_user_disclosure_v1 = raw_response(raw.create_user_disclosure_v1)
        self.delete_user_disclosure_v1 = raw_response(raw.delete_user_disclosure_v1)
        self.get_e_statement_account_preferences_v1 = raw_response(raw.get_e_statement_account_preferences_v1)
        self.update_e_statement_account_preferences_v1 = raw_response(raw.update_e_statement_account_preferences_v1)
        self.update_e_statement_user_preferences_v1 = raw_response(raw.update_e_statement_user_preferences_v1)
        self.get_e_statements_accounts_report_v1 = raw_response(raw.get_e_statements_accounts_report_v1)
