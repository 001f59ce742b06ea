"""The typed resource class the facade exposes for this category: one awaitable method per operation"""

import datetime
from collections.abc import Mapping
from typing import Any, cast

import httpx

from ...models.account import Account
from ...models.accounts_response import AccountsResponse
from ...models.banking_image import BankingImage
from ...models.banking_images import BankingImages
from ...models.error import Error
from ...models.error_response import ErrorResponse
from ...models.get_account_by_id_v1_view_name import GetAccountByIdV1ViewName
from ...models.image_type import ImageType
from ...models.legacy_accounts import LegacyAccounts
from ...models.list_accounts_legacy_v2_intuit_ifs_user_type import ListAccountsLegacyV2IntuitIFSUserType
from ...models.list_accounts_v1_apply import ListAccountsV1Apply
from ...models.list_accounts_v1_view_name import ListAccountsV1ViewName
from ...models.search_criteria import SearchCriteria
from ...models.search_response import SearchResponse
from ...models.status import Status
from ...models.transactions_response import TransactionsResponse
from ...models.ux_account import UXAccount
from ...types import UNSET, Invoker, RawInvoker, Unset, parse_date, raw_response
from . import get_account_by_id_v1 as _get_account_by_id_v1
from . import get_banking_image_by_id_v1 as _get_banking_image_by_id_v1
from . import get_customer_accounts_transactions_v1 as _get_customer_accounts_transactions_v1
from . import list_account_transactions_v1 as _list_account_transactions_v1
from . import list_accounts_legacy_v2 as _list_accounts_legacy_v2
from . import list_accounts_v1 as _list_accounts_v1
from . import list_banking_images_v1 as _list_banking_images_v1
from . import search_banking_activities_v1 as _search_banking_activities_v1


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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccountsResponse:
        """List the accounts a user is entitled to

        GET /v1/accounts (operationId ``list_accounts_v1``).
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Account:
        """Get one account

        GET /v1/accounts/{account_id} (operationId ``get_account_by_id_v1``).
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[UXAccount] | None:
        """A retail customer's accounts, each with its recent transactions

        GET /v1/customers/{customer_id}:accounts (operationId ``get_customer_accounts_transactions_v1``).
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
        validate_location_status: bool | Unset = UNSET,
        intuit_ifs_user_type: ListAccountsLegacyV2IntuitIFSUserType | Unset = UNSET,
        intuit_authid: str | Unset = UNSET,
        intuit_ifs_on_behalf_of_user: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LegacyAccounts | None:
        """List accounts (legacy, XML)

        GET /bankingservices/v2/fis/{di_fiid}/fiCustomers/{di_ficustomer}/accounts (operationId ``list_accounts_legacy_v2``).
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
        account_id: str,
        host_user_id: str | Unset = UNSET,
        login_id: str | Unset = UNSET,
        institution_customer_id: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        retrieve_future_transactions: bool | Unset = False,
        skip: int | Unset = UNSET,
        top: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        is_credit_transaction: bool | Unset = UNSET,
        additional_fields: bool | Unset = False,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionsResponse:
        """An account's transaction history

        GET /v1/transactions (operationId ``list_account_transactions_v1``).
        """

        return await self._invoke(
            "list_account_transactions_v1",
            _list_account_transactions_v1._get_kwargs(
                account_id=account_id,
                host_user_id=host_user_id,
                login_id=login_id,
                institution_customer_id=institution_customer_id,
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
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SearchResponse | None:
        """Search the institution's activity and audit events

        POST /v1/banking-activities (operationId ``search_banking_activities_v1``).
        """

        return await self._invoke(
            "search_banking_activities_v1",
            _search_banking_activities_v1._get_kwargs(
                body=body,
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
        image_type: ImageType,
        transaction_date: datetime.date | Unset = UNSET,
        image_identifier: str | Unset = UNSET,
        transaction_image_number: str | Unset = UNSET,
        statement_start_date: datetime.date | Unset = UNSET,
        statement_end_date: datetime.date | Unset = UNSET,
        statement_preview: bool | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BankingImages | None:
        """List check images or statements of an account

        GET /v1/banking-images (operationId ``list_banking_images_v1``).
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
        image_type: ImageType,
        transaction_date: datetime.date | Unset = UNSET,
        image_identifier: str | Unset = UNSET,
        statement_start_date: datetime.date | Unset = UNSET,
        statement_end_date: datetime.date | Unset = UNSET,
        statement_date: datetime.date | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BankingImage:
        """One image or statement with its full content

        GET /v1/banking-images/{banking_image_id} (operationId ``get_banking_image_by_id_v1``).
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
                statement_start_date=statement_start_date,
                statement_end_date=statement_end_date,
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
