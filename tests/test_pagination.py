"""Pagination: every paging shape walks every item exactly once, lazily, and stops on bad servers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from candescent_async import ValidationError
from candescent_async.pagination import (
    _STYLES,
    PaginationError,
    banking_activity_windows,
    paginate,
)
from candescent_async.sandbox import Fault, Sandbox
from candescent_async.types.core_banking import SearchCriteria

pytestmark = pytest.mark.anyio
UTC = dt.UTC


def _first_user(sandbox: Sandbox) -> Any:
    return next(iter(sandbox.world.users.values()))


async def test_offset_paging_yields_every_transaction_once_newest_first() -> None:
    sandbox = Sandbox(seed=5, transactions_per_account=1234)
    user = _first_user(sandbox)
    account = sandbox.world.accounts_of(user)[0]
    expected = [sandbox.world.transaction(account, i)["id"] for i in range(1234)]
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        seen = [
            t.id
            async for t in paginate(
                cd.core_banking.list_account_transactions_v1, account_id=account.data["id"]
            ).with_options(page_size=100)
        ]
    assert seen == expected
    assert sandbox.calls["listAccountTransactionsV1"] == 13  # 12 full pages + 1 short one


async def test_max_items_stops_early_without_fetching_more_pages() -> None:
    sandbox = Sandbox(seed=5)
    user = _first_user(sandbox)
    account = sandbox.world.accounts_of(user)[0]
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        items = [
            t
            async for t in paginate(
                cd.core_banking.list_account_transactions_v1, account_id=account.data["id"]
            ).with_options(page_size=50, max_items=120)
        ]
    assert len(items) == 120
    assert sandbox.calls["listAccountTransactionsV1"] == 3


async def test_page_iteration_exposes_whole_pages() -> None:
    sandbox = Sandbox(seed=5, transactions_per_account=250)
    user = _first_user(sandbox)
    account = sandbox.world.accounts_of(user)[0]
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        sizes = [
            len(page.transactions)
            async for page in paginate(cd.core_banking.list_account_transactions_v1, account_id=account.data["id"])
            .with_options(page_size=100)
            .pages()
        ]
    assert sizes == [100, 100, 50]


async def test_body_cursor_paging_follows_next_page_token_until_204() -> None:
    sandbox = Sandbox(seed=5)
    user = _first_user(sandbox)
    end = dt.datetime(2026, 11, 1, tzinfo=UTC)
    body = SearchCriteria(start_time=end - dt.timedelta(days=3), end_time=end)
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        events = [
            e
            async for e in paginate(cd.core_banking.search_banking_activities_v1, body=body).with_options(page_size=20)
        ]
    assert len(events) == 72  # one synthetic event an hour
    assert len({e.additional_properties["timestamp"] for e in events}) == 72
    assert sandbox.calls["searchBankingActivitiesV1"] == 4


async def test_grouped_paging_walks_each_business_location() -> None:
    sandbox = Sandbox(seed=5)
    business = next(u for u in sandbox.world.users.values() if u.user_type == "business")
    async with sandbox.client(login_id=business.login_id) as cd:
        accounts = [a async for a in paginate(cd.core_banking.list_accounts_v1)]
    assert {a.id for a in accounts} == {a.data["id"] for a in sandbox.world.accounts_of(business)}


async def test_token_expiry_mid_walk_still_yields_every_item_once() -> None:
    clock = [1_000_000.0]
    sandbox = Sandbox(seed=5, transactions_per_account=600, clock=lambda: clock[0], token_lifetime=60)
    user = _first_user(sandbox)
    account = sandbox.world.accounts_of(user)[0]
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        seen = []
        async for txn in paginate(
            cd.core_banking.list_account_transactions_v1, account_id=account.data["id"]
        ).with_options(page_size=100):
            seen.append(txn.id)
            clock[0] += 1  # 100 s per page: the token expires twice during the walk
    assert len(seen) == len(set(seen)) == 600
    assert sandbox.token_requests["v2:client_credentials"] >= 3


async def test_retryable_fault_mid_walk_is_absorbed() -> None:
    sandbox = Sandbox(seed=5, transactions_per_account=300)
    user = _first_user(sandbox)
    account = sandbox.world.accounts_of(user)[0]
    sandbox.faults.add("listAccountTransactionsV1", Fault.status_code(503, times=1))
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        cd._transport._sleep = _no_sleep
        seen = [
            t.id
            async for t in paginate(
                cd.core_banking.list_account_transactions_v1, account_id=account.data["id"]
            ).with_options(page_size=100)
        ]
    assert len(seen) == len(set(seen)) == 300


async def test_paginate_refuses_operations_that_do_not_page() -> None:
    sandbox = Sandbox(seed=5)
    async with sandbox.client(host_user_id="HU-1001") as cd:
        with pytest.raises(ValidationError, match="does not page"):
            paginate(cd.core_banking.get_account_by_id_v1, account_id="x")
        with pytest.raises(ValidationError, match="page_size"):
            paginate(cd.core_banking.list_account_transactions_v1, account_id="x").with_options(page_size=0)


# ---------------------------------------------------------------- the other shapes and the guards


@attrs.define
class _Item:
    id: str
    user_id: str = ""


@attrs.define
class _Meta:
    total_pages: int


@attrs.define
class _Page:
    items: list[_Item]
    page: _Meta | None = None


def _walk(style: str, paging: dict[str, Any], pages: list[_Page], size: int) -> list[dict[str, Any]]:
    """Drive one style walker over scripted pages; return the requests it made."""
    walker = _STYLES[style]
    state: dict[str, Any] | None = walker.start(paging, {}, size)
    requests = []
    for page in pages:
        assert state is not None
        requests.append(dict(state))
        state = walker.next(paging, state, page, page.items)
    assert state is None, "the walker should stop after the last page"
    return requests


def test_page_number_style() -> None:
    paging = {"style": "page-number", "items": "items", "page": "pageNo", "size": "pageSize"}
    pages = [_Page([_Item("a"), _Item("b")]), _Page([_Item("c")])]
    assert _walk("page-number", paging, pages, 2) == [{"page_no": 0, "page_size": 2}, {"page_no": 1, "page_size": 2}]


def test_spring_page_style_uses_total_pages() -> None:
    paging = {"style": "spring-page", "items": "items", "page": "page", "size": "size", "metadata": "page"}
    pages = [
        _Page([_Item("a"), _Item("b")], _Meta(3)),
        _Page([_Item("c"), _Item("d")], _Meta(3)),
        _Page([_Item("e"), _Item("f")], _Meta(3)),
    ]
    assert [r["page"] for r in _walk("spring-page", paging, pages, 2)] == [0, 1, 2]


def test_keyset_style_continues_from_the_last_key() -> None:
    paging = {"style": "keyset", "items": "items", "limit": "limit", "token": "userToken", "key": "userId"}
    pages = [_Page([_Item("1", "u1"), _Item("2", "u2")]), _Page([_Item("3", "u3")])]
    requests = _walk("keyset", paging, pages, 2)
    assert requests == [{"limit": "2"}, {"limit": "2", "user_token": "u2"}]


async def test_a_server_repeating_the_same_page_is_stopped() -> None:
    sandbox = Sandbox(seed=5)
    user = _first_user(sandbox)
    account = sandbox.world.accounts_of(user)[0]
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        method = cd.core_banking.list_account_transactions_v1

        async def stuck(**kwargs: Any) -> Any:
            return await method(**{**kwargs, "skip": 0})  # ignores $skip: same page forever

        stuck.__self__ = method.__self__  # type: ignore[attr-defined]
        stuck.__name__ = method.__name__
        with pytest.raises(PaginationError, match="same page"):
            async for _ in paginate(stuck, account_id=account.data["id"]).with_options(page_size=10):
                pass


async def test_max_pages_guard() -> None:
    sandbox = Sandbox(seed=5)
    user = _first_user(sandbox)
    account = sandbox.world.accounts_of(user)[0]
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        with pytest.raises(PaginationError, match="more than 3 pages"):
            async for _ in paginate(
                cd.core_banking.list_account_transactions_v1, account_id=account.data["id"]
            ).with_options(page_size=10, max_pages=3):
                pass


def test_banking_activity_windows_split_long_ranges_in_order() -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=UTC)
    end = dt.datetime(2026, 8, 1, tzinfo=UTC)
    windows = list(banking_activity_windows(start, end))
    assert windows[0][0] == start and windows[-1][1] == end
    assert all(b - a <= dt.timedelta(days=90) for a, b in windows)
    assert all(windows[i][1] == windows[i + 1][0] for i in range(len(windows) - 1))
    assert len(windows) == 3
    with pytest.raises(ValidationError):
        list(banking_activity_windows(end, start))
    with pytest.raises(ValidationError):
        list(banking_activity_windows(dt.datetime(2026, 1, 1), end))


async def _no_sleep(seconds: float) -> None:
    return None


async def test_paginate_refuses_the_page_size_parameter_and_raw_response_methods() -> None:
    sandbox = Sandbox(seed=5)
    user = _first_user(sandbox)
    account = sandbox.world.accounts_of(user)[0].data["id"]
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        with pytest.raises(ValidationError, match="page_size=") as info:
            paginate(cd.core_banking.list_account_transactions_v1, account_id=account, top=50)
        assert info.value.field == "top"
        with pytest.raises(ValidationError, match="with_raw_response"):
            paginate(cd.core_banking.with_raw_response.list_account_transactions_v1, account_id=account)
        with pytest.raises(ValidationError, match="sets size="):
            paginate(cd.customer_campaigns.list_experience_groups_v3, size=5)
    assert sandbox.calls["listAccountTransactionsV1"] == 0


async def test_walk_options_live_on_the_paginator_and_max_items_bounds_pages_too() -> None:
    sandbox = Sandbox(seed=5, transactions_per_account=60)
    user = _first_user(sandbox)
    account = sandbox.world.accounts_of(user)[0].data["id"]
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        walk = paginate(cd.core_banking.list_account_transactions_v1, account_id=account)
        with pytest.raises(ValidationError, match=r"with_options\(max_items=") as info:
            paginate(cd.core_banking.list_account_transactions_v1, account_id=account, max_items=3)  # type: ignore[call-arg]
        assert info.value.field == "max_items"
        with pytest.raises(ValidationError, match="acount_id"):
            paginate(cd.core_banking.list_account_transactions_v1, acount_id=account)  # type: ignore[call-arg]
        calls = sandbox.calls["listAccountTransactionsV1"]
        pages = [page async for page in walk.with_options(page_size=10, max_items=25).pages()]
        assert [len(page.transactions or []) for page in pages] == [10, 10, 10]  # the third page reaches 25
        assert sandbox.calls["listAccountTransactionsV1"] - calls == 3
        assert len([t async for t in walk.with_options(page_size=10, max_items=25)]) == 25
        everything = [t.id async for t in walk]  # the original walk keeps its own options
        assert len(everything) == 60 and len(set(everything)) == 60
