"""The typed resource class the facade exposes for this category: one awaitable method per operation"""

import datetime
from collections.abc import Mapping
from typing import Any, cast

import httpx2

from ...models.account import Account
from ...models.accounts import Accounts
from ...models.accounts_response import AccountsResponse
from ...models.banking_image import BankingImage
from ...models.banking_images import BankingImages
from ...models.get_account_by_id_v1_view_name import GetAccountByIdV1ViewName
from ...models.image_type_1 import ImageType1
from ...models.list_accounts_legacy_v2_intuit_ifs_user_type import ListAccountsLegacyV2IntuitIFSUserType
from ...models.list_accounts_v1_apply import ListAccountsV1Apply
from ...models.list_accounts_v1_view_name import ListAccountsV1ViewName
from ...models.search_criteria import SearchCriteria
from ...models.search_response import SearchResponse
from ...models.transactions_response import TransactionsResponse
from ...models.ux_account import UXAccount
from ...types import UNSET, Invoker, RawInvoker, Unset, known_date, parse_date, raw_response
from . import (
    get_account_by_id_v1 as _get_account_by_id_v1,
    get_banking_image_by_id_v1 as _get_banking_image_by_id_v1,
    get_customer_accounts_transactions_v1 as _get_customer_accounts_transactions_v1,
    list_account_transactions_v1 as _list_account_transactions_v1,
    list_accounts_legacy_v2 as _list_accounts_legacy_v2,
    list_accounts_v1 as _list_accounts_v1,
    list_banking_images_v1 as _list_banking_images_v1,
    search_banking_activities_v1 as _search_banking_activities_v1,
)


class CoreBanking:
    """Every operation of this category, one typed awaitable method each.

    A 2xx response returns the documented model; anything else raises a typed error.
    """

    category = "core_banking"

    def __init__(self, invoke: Invoker, raw_invoke: RawInvoker | None = None) -> None:
        self._invoke = invoke
        self.raw = raw_invoke is None  # True for the instance behind with_raw_response
        if raw_invoke is not None:
            self.with_raw_response = CoreBankingWithRawResponse(CoreBanking(raw_invoke))  # type: ignore[arg-type]

    async def list_accounts_v1(
        self,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        apply: ListAccountsV1Apply | Unset = UNSET,
        skip_groups: int | Unset = UNSET,
        top_groups: int | Unset = UNSET,
        view_name: ListAccountsV1ViewName | Unset = UNSET,
        cross_account: bool | Unset = True,
        filter_: str | Unset = UNSET,
        additional_fields: bool | Unset = False,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccountsResponse:
        """List the accounts a user is entitled to

        Retail users get all their accounts in one answer. A business user with several locations names one
        (institutionCustomerId) or pages through them one location at a time ($apply=groupBy(customer) with
        $skipGroups/$topGroups; paginate() does this).

        GET /v1/accounts (operationId ``list_accounts_v1``).

        Args:
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: For a business user: the location (institution customer) whose
                accounts to list; needed when the user has several locations and grouped paging is not used.
                Never together with $apply, $skipGroups or $topGroups.
            apply: groupBy(customer): page through a business user's locations, one per page, with
                $skipGroups and $topGroups (paginate() sets all three); never together with
                institutionCustomerId.
            skip_groups: Grouped paging: how many locations to skip (0 up to their number minus one);
                needs $apply and $topGroups.
            top_groups: Grouped paging: locations per page; only 1 is supported. Needs $apply and
                $skipGroups.
            view_name: Which fields to return: s (a small set: ids, number, type, balances, status,
                payment facts), m (every field but micrNumber); omitted: every field.
            cross_account: Include other members' accounts the user may access (cross accounts).
                Default: True.
            filter_: OData filter over id, name (the nickname), accountNumber, category and type with eq
                ne gt ge lt le and or contains tolower toupper; string literals in single quotes
                (candescent_async.odata.ACCOUNTS builds them). An invalid filter is refused with ACC_00005.
            additional_fields: true: ask for the host's extra fields as well (the platform's 1.11.0
                schema does not model them; any that come back land in the model's additional_properties).
                Default: False.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_accounts_v1",
            _list_accounts_v1._get_kwargs(
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
                apply=apply,
                skip_groups=skip_groups,
                top_groups=top_groups,
                view_name=view_name,
                cross_account=cross_account,
                filter_=filter_,
                additional_fields=additional_fields,
            ),
            _list_accounts_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_account_by_id_v1(
        self,
        account_id: str,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        view_name: GetAccountByIdV1ViewName | Unset = UNSET,
        cross_account: bool | Unset = True,
        additional_fields: bool | Unset = False,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Account:
        """One account, by its id

        GET /v1/accounts/{account_id} (operationId ``get_account_by_id_v1``).

        Args:
            account_id: The account's id (the opaque key listAccountsV1 returns as id).
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: For a business user: the location (institution customer) the
                account belongs to.
            view_name: Which fields to return: s (a small set: ids, number, type, balances, status,
                payment facts), m (every field but micrNumber); omitted: every field.
            cross_account: Include other members' accounts the user may access (cross accounts).
                Default: True.
            additional_fields: true: ask for the host's extra fields as well (the platform's 1.11.0
                schema does not model them; any that come back land in the model's additional_properties).
                Default: False.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_account_by_id_v1",
            _get_account_by_id_v1._get_kwargs(
                account_id=account_id,
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
                view_name=view_name,
                cross_account=cross_account,
                additional_fields=additional_fields,
            ),
            _get_account_by_id_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_customer_accounts_transactions_v1(
        self,
        customer_id: str,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[UXAccount] | None:
        """A retail customer's accounts, each with its recent transactions

        Retail customers only (a business user gets UXU_10011); 204 when the customer has no account. The
        answer is a JSON array; every account must have retrievable history or the whole call fails. A bad
        or expired token is refused with a 400 (UXU_10001, UXU_10003), which the client handles like a 401.

        GET /v1/customers/{customer_id}:accounts (operationId ``get_customer_accounts_transactions_v1``).

        Args:
            customer_id: The retail customer (their institution user id); it must be the user the call
                acts for.
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
            "get_customer_accounts_transactions_v1",
            _get_customer_accounts_transactions_v1._get_kwargs(
                customer_id=customer_id,
                host_user_id=host_user_id,
                login_id=login_id,
            ),
            _get_customer_accounts_transactions_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_accounts_legacy_v2(
        self,
        di_fiid: str,
        di_ficustomer: str,
        *,
        get_cross_accts: bool | Unset = False,
        get_export_acct_num: bool | Unset = False,
        validate_location_status: bool | Unset = False,
        intuit_ifs_user_type: ListAccountsLegacyV2IntuitIFSUserType | Unset = UNSET,
        intuit_authid: str | Unset = UNSET,
        intuit_ifs_on_behalf_of_user: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Accounts | None:
        """List accounts (legacy API, XML)

        XML on the wire; the client converts both ways. Each account is a deposit, loan, investment or
        tiered-loan shape, told apart by its category. Takes a v1 token; a bad one is refused with a 400
        (code 25002), which the client handles like a 401.

        GET /bankingservices/v2/fis/{di_fiid}/fiCustomers/{di_ficustomer}/accounts (operationId ``list_accounts_legacy_v2``).

        Args:
            di_fiid: The institution's id (e.g. 01234).
            di_ficustomer: The customer: a retail user's legacy id (GUID), or a business's institution
                customer id.
            get_cross_accts: Also return other members' accounts the customer may access (cross
                accounts). Default: False.
            get_export_acct_num: Also return each account's exportAccountNumber (the number Quicken and
                QuickBooks exports use). Default: False.
            validate_location_status: Business callers: have the location's status validated too (the
                platform documents nothing further). Default: False.
            intuit_ifs_user_type: Business callers only: the caller's role (ENTITLED, PRIMARY_ADMIN,
                SECONDARY_ADMIN or BUSINESS_USER); retail callers leave it out.
            intuit_authid: Business callers: the user's auth id; needed with ENTITLED, SECONDARY_ADMIN
                and BUSINESS_USER.
            intuit_ifs_on_behalf_of_user: Business callers with ENTITLED: the primary member number to
                act for.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_accounts_legacy_v2",
            _list_accounts_legacy_v2._get_kwargs(
                di_fiid=di_fiid,
                di_ficustomer=di_ficustomer,
                get_cross_accts=get_cross_accts,
                get_export_acct_num=get_export_acct_num,
                validate_location_status=validate_location_status,
                intuit_ifs_user_type=intuit_ifs_user_type,
                intuit_authid=intuit_authid,
                intuit_ifs_on_behalf_of_user=intuit_ifs_on_behalf_of_user,
            ),
            _list_accounts_legacy_v2._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_account_transactions_v1(
        self,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        account_id: str,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        retrieve_future_transactions: bool | Unset = False,
        skip: int | Unset = UNSET,
        top: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        is_credit_transaction: bool | Unset = UNSET,
        additional_fields: bool | Unset = False,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionsResponse:
        """An account's transaction history

        Newest first. The platform applies the date range, then $skip/$top, then $filter, then
        isCreditTransaction, so a filtered page can be short or empty before the end; paginate() walks it to
        the end all the same (it follows the answer's pagination).

        GET /v1/transactions (operationId ``list_account_transactions_v1``).

        Args:
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: For a business user: the location the account belongs to (TXN_10006
                when it is missing).
            account_id: The account's id (from listAccountsV1). Required (TXN_10007).
            start_date: First day of the range (YYYY-MM-DD), inclusive. With neither date the
                institution's default range applies; with endDate alone the start is derived from it.
            end_date: Last day of the range (YYYY-MM-DD), inclusive; not before startDate (TXN_10001).
            retrieve_future_transactions: true: include scheduled future transactions (the range then
                ends today plus the institution's future days, whatever endDate says). Default: False.
            skip: How many transactions of the range to skip before the page; 0 or more (TXN_10005).
                With $top it also asks for the pagination metadata. paginate() sets it.
            top: Page size, 0 or more; the platform raises it to the institution's minimum page size
                (the answer's pagination.top says which). paginate() sets it from page_size.
            filter_: OData filter over id and description (same operators as accounts; contains on
                description ignores case), applied after $skip/$top. An invalid filter is refused with
                TXN_20005.
            is_credit_transaction: true: credits only; false: debits only; omitted: both. Applied after
                $skip/$top and $filter.
            additional_fields: true: add the answer's additionalInfo with the institution's time zone
                (timeZone, e.g. America/New_York, and timeZoneOffset in hours); the call fails if the zone
                cannot be looked up. Default: False.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_account_transactions_v1",
            _list_account_transactions_v1._get_kwargs(
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
                account_id=account_id,
                start_date=start_date,
                end_date=end_date,
                retrieve_future_transactions=retrieve_future_transactions,
                skip=skip,
                top=top,
                filter_=filter_,
                is_credit_transaction=is_credit_transaction,
                additional_fields=additional_fields,
            ),
            _list_account_transactions_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def search_banking_activities_v1(
        self,
        *,
        body: SearchCriteria,
        accept_encoding: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SearchResponse | None:
        """Search the institution's activity and audit events

        A read sent as a POST (so safe to retry). The window is at most 90 days back; the platform gzip-
        encodes its answers; 204 when nothing matched. Page with nextPageToken (paginate() does).

        POST /v1/banking-activities (operationId ``search_banking_activities_v1``).

        Args:
            accept_encoding: The compression you accept for the answer: application/gzip (the platform's
                default), gzip, deflate or *; other values are refused. Omitted: the client sends httpx's
                usual list (gzip, deflate).
            body: What banking activity to search for, and which page.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "search_banking_activities_v1",
            _search_banking_activities_v1._get_kwargs(
                body=body,
                accept_encoding=accept_encoding,
            ),
            _search_banking_activities_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_banking_images_v1(
        self,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        account_id: str,
        image_type: ImageType1,
        transaction_date: datetime.date | Unset = UNSET,
        image_identifier: str | Unset = UNSET,
        transaction_image_number: str | Unset = UNSET,
        statement_start_date: datetime.date | Unset = UNSET,
        statement_end_date: datetime.date | Unset = UNSET,
        statement_preview: bool | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BankingImages | None:
        """List check images or statements of an account

        Checks and deposit items need transactionDate (deposit items also imageIdentifier); statements
        (STATEMENT, CC_STATEMENT, DOCUMENT) need statementStartDate and statementEndDate. Non-fatal problems
        come back as warnings with a 200; 204 when nothing was found.

        GET /v1/banking-images (operationId ``list_banking_images_v1``).

        Args:
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: For a business user: the location (institution customer) the
                account belongs to.
            account_id: The account whose images to find (its id from listAccountsV1).
            image_type: What to find: CHECK, DEPOSIT_CHECK (a deposited check), DEPOSIT_SLIP, STATEMENT,
                CC_STATEMENT (a card statement) or DOCUMENT (UNKNOWN finds nothing).
            transaction_date: The transaction's date (YYYY-MM-DD); required for CHECK, DEPOSIT_CHECK and
                DEPOSIT_SLIP, and within the institution's image retention.
            image_identifier: The deposit item's key (a transaction's transactionImage.imageIdentifier);
                required for DEPOSIT_CHECK and DEPOSIT_SLIP.
            transaction_image_number: For CHECK: the check number (digits only, else BIS_00009; at most
                30 characters).
            statement_start_date: First day (YYYY-MM-DD) of the statements to list; required for
                STATEMENT, CC_STATEMENT and DOCUMENT.
            statement_end_date: Last day (YYYY-MM-DD) of the statements to list; required for STATEMENT,
                CC_STATEMENT and DOCUMENT.
            statement_preview: true: ask for statement previews (the platform documents nothing
                further).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "list_banking_images_v1",
            _list_banking_images_v1._get_kwargs(
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
                account_id=account_id,
                image_type=image_type,
                transaction_date=transaction_date,
                image_identifier=image_identifier,
                transaction_image_number=transaction_image_number,
                statement_start_date=statement_start_date,
                statement_end_date=statement_end_date,
                statement_preview=statement_preview,
            ),
            _list_banking_images_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_banking_image_by_id_v1(
        self,
        banking_image_id: str,
        *,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        account_id: str,
        image_type: ImageType1,
        transaction_date: datetime.date | Unset = UNSET,
        image_identifier: str | Unset = UNSET,
        statement_date: datetime.date | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BankingImage:
        """One image or statement with its full content

        Checks and deposit items need transactionDate (deposit items also imageIdentifier); statements need
        statementDate.

        GET /v1/banking-images/{banking_image_id} (operationId ``get_banking_image_by_id_v1``).

        Args:
            banking_image_id: The image's id (a bankingImage[].id from listBankingImagesV1).
            host_user_id: The user's id in the institution's host (core) system. With a
                client-credentials token the call needs this or loginId, never both; the client fills in its
                default user when you pass neither.
            login_id: The user's online-banking login id: the alternative to hostUserId (one or the
                other, never both); the client fills in its default user when you pass neither.
            institution_customer_id: For a business user: the location (institution customer) the
                account belongs to.
            account_id: The account whose images to find (its id from listAccountsV1).
            image_type: What to find: CHECK, DEPOSIT_CHECK (a deposited check), DEPOSIT_SLIP, STATEMENT,
                CC_STATEMENT (a card statement) or DOCUMENT (UNKNOWN finds nothing).
            transaction_date: The transaction's date (YYYY-MM-DD); required for CHECK, DEPOSIT_CHECK and
                DEPOSIT_SLIP, and within the institution's image retention.
            image_identifier: The deposit item's key (a transaction's transactionImage.imageIdentifier);
                required for DEPOSIT_CHECK and DEPOSIT_SLIP.
            statement_date: The statement's date (YYYY-MM-DD); required for STATEMENT, CC_STATEMENT and
                DOCUMENT.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_banking_image_by_id_v1",
            _get_banking_image_by_id_v1._get_kwargs(
                banking_image_id=banking_image_id,
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
                account_id=account_id,
                image_type=image_type,
                transaction_date=transaction_date,
                image_identifier=image_identifier,
                statement_date=statement_date,
            ),
            _get_banking_image_by_id_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class CoreBankingWithRawResponse:
    """The same methods, returning the raw response (status, headers, trace id) with the parsed value."""

    category = "core_banking"

    def __init__(self, raw: CoreBanking) -> None:
        self.list_accounts_v1 = raw_response(raw.list_accounts_v1)
        self.get_account_by_id_v1 = raw_response(raw.get_account_by_id_v1)
        self.get_customer_accounts_transactions_v1 = raw_response(raw.get_customer_accounts_transactions_v1)
        self.list_accounts_legacy_v2 = raw_response(raw.list_accounts_legacy_v2)
        self.list_account_transactions_v1 = raw_response(raw.list_account_transactions_v1)
        self.search_banking_activities_v1 = raw_response(raw.search_banking_activities_v1)
        self.list_banking_images_v1 = raw_response(raw.list_banking_images_v1)
        self.get_banking_image_by_id_v1 = raw_response(raw.get_banking_image_by_id_v1)
