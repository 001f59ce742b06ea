"""Async iteration over every paging shape the platform uses.

    async for txn in paginate(cd.core_banking.list_account_transactions_v1, account_id=acct):
        ...                                      # txn: Transaction, the arguments type-checked

    walk = paginate(cd.core_banking.list_account_transactions_v1, account_id=acct).with_options(page_size=200)

``paginate`` reads the operation's paging style from the registry (compiled from the specs), so
one call works for all six shapes: OData ``$skip``/``$top``, grouped ``$skipGroups``/``$topGroups``,
``pageNo``/``pageSize``, Spring ``page``/``size``, a ``nextPageToken`` cursor in the POST body,
and keyset ``limit``/``userToken``. Pages are fetched lazily and never accumulated, so memory stays
flat however many items are walked. A server that repeats a cursor or a page, or never ends,
raises ``PaginationError`` instead of looping forever.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, ParamSpec, Protocol, TypeVar

from ._errors import CandescentError, ValidationError
from ._registry import Operation, get_operation
from ._unset import Unset

__all__ = ["AsyncPaginator", "Page", "PaginationError", "banking_activity_windows", "paginate"]

P = ParamSpec("P")
PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")
PageT_co = TypeVar("PageT_co", covariant=True)
ItemT_co = TypeVar("ItemT_co", covariant=True)
DEFAULT_MAX_PAGES = 100_000
# x-candescent-pagination keys that name the page-size parameter (set by paginate, never by the caller)
_PAGE_SIZE_KEYS = ("top", "size", "limit")
BANKING_ACTIVITY_WINDOW = dt.timedelta(days=90)


class PaginationError(CandescentError):
    """The server's paging did not make progress (a repeated cursor or page), or passed max_pages."""


def _snake(name: str) -> str:
    """The generator's Python name for a wire name: ``$skipGroups`` -> ``skip_groups``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.lstrip("$")).lower()


class Page(Protocol[PageT_co, ItemT_co]):
    """What the answer of every paging operation is: a model that knows its own items (generated)."""

    def _page(self) -> tuple[PageT_co, Sequence[ItemT_co]]: ...


def _items(page: Any) -> list[Any]:
    """The items of a page (a 204 answer, None, has none)."""
    return [] if page is None else list(page._page()[1])


def _fingerprint(items: list[Any]) -> tuple[Any, ...]:
    """Identity of a page, to notice a server that keeps sending the same one."""
    first, last = items[0], items[-1]

    def key(item: Any) -> Any:
        for attr in ("id", "job_id", "group_id", "subscription_id", "line_nbr"):
            value = getattr(item, attr, None)
            if value is not None:
                return value
        # The data, not repr(): a model's repr hides secrets and the values of its extra properties.
        return repr(item.to_dict()) if hasattr(item, "to_dict") else repr(item)

    return (len(items), key(first), key(last))


def _given(value: Any) -> Any:
    """An argument's value, or None when the caller left it out (the methods' UNSET default)."""
    return None if value is None or isinstance(value, Unset) else value


class AsyncPaginator(Generic[PageT, ItemT]):
    """Async-iterable over items; ``pages()`` walks whole pages. Nothing is fetched until iterated."""

    def __init__(
        self,
        method: Callable[..., Awaitable[Any]],
        params: Mapping[str, Any],
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        resource = getattr(method, "__self__", None)
        category = getattr(resource, "category", None)
        if category is None:
            raise ValidationError("paginate() takes a client method, e.g. cd.core_banking.list_account_transactions_v1")
        if getattr(resource, "raw", False):
            raise ValidationError(
                "paginate() takes the method itself (cd.core_banking.list_account_transactions_v1), "
                "not its with_raw_response twin"
            )
        self.operation: Operation = get_operation(category, method.__name__)
        if not self.operation.pagination:
            raise ValidationError(f"{self.operation.operation_id} does not page")
        for wire in _PAGE_SIZE_KEYS:
            name = self.operation.pagination.get(wire)
            if name and _snake(str(name)) in params:
                raise ValidationError(
                    f"paginate sets {_snake(str(name))}= on every page: use paginate(...).with_options(page_size=...)",
                    field=_snake(str(name)),
                )
        if page_size is not None and page_size < 1:
            raise ValidationError("page_size must be >= 1", field="page_size")
        if max_items is not None and max_items < 0:
            raise ValidationError("max_items must be >= 0", field="max_items")
        if max_pages < 1:
            raise ValidationError("max_pages must be >= 1", field="max_pages")
        self._method = method
        self._params = dict(params)
        self._page_size = page_size
        self._max_items = max_items
        self._max_pages = max_pages

    def with_options(
        self, *, page_size: int | None = None, max_items: int | None = None, max_pages: int | None = None
    ) -> AsyncPaginator[PageT, ItemT]:
        """The same walk with the items per request, a cap on items yielded or a cap on pages fetched."""
        return AsyncPaginator(
            self._method,
            self._params,
            page_size=self._page_size if page_size is None else page_size,
            max_items=self._max_items if max_items is None else max_items,
            max_pages=self._max_pages if max_pages is None else max_pages,
        )

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._iter_items()

    async def _iter_items(self) -> AsyncIterator[ItemT]:
        remaining = self._max_items
        if remaining == 0:
            return
        async for _, items in self._pages():
            for item in items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return

    async def pages(self) -> AsyncIterator[PageT]:
        """Each page model as the operation returns it; with ``max_items``, pages stop once that many
        items have been seen (the last page is whole, so it may hold more)."""
        seen = 0
        if self._max_items == 0:
            return
        async for page, items in self._pages():
            yield page
            seen += len(items)
            if self._max_items is not None and seen >= self._max_items:
                return

    async def _pages(self) -> AsyncIterator[tuple[Any, list[Any]]]:
        """Each non-empty page with its items, read once."""
        paging: Mapping[str, Any] = self.operation.pagination or {}
        walker = _STYLES[str(paging["style"])]
        seen_cursors: set[Any] = set()
        previous: tuple[Any, ...] | None = None
        pages = 0
        state: dict[str, Any] | None = walker.start(paging, self._params, self._page_size)
        while state is not None:
            pages += 1
            if pages > self._max_pages:
                raise PaginationError(f"{self.operation.operation_id}: more than {self._max_pages} pages")
            page = await self._method(**state)
            items = _items(page)
            if items:
                fingerprint = _fingerprint(items)
                if fingerprint == previous:
                    raise PaginationError(f"{self.operation.operation_id}: the server returned the same page twice")
                previous = fingerprint
                yield page, items
            elif walker.empty_page_ends:
                return
            try:
                state = walker.next(paging, state, page, items)
            except PaginationError as exc:
                raise PaginationError(f"{self.operation.operation_id}: {exc}") from None
            cursor = walker.cursor(state)
            if cursor is not None:
                if cursor in seen_cursors:
                    raise PaginationError(f"{self.operation.operation_id}: the server repeated cursor {cursor!r}")
                seen_cursors.add(cursor)


class _Style:
    """One paging shape: the first request, the next one from a page, and its progress cursor."""

    default_size = 100
    empty_page_ends = True  # False where the server filters a window after cutting it

    def start(self, paging: Mapping[str, Any], params: dict[str, Any], size: int | None) -> dict[str, Any]:
        raise NotImplementedError

    def next(
        self, paging: Mapping[str, Any], state: dict[str, Any], page: Any, items: list[Any]
    ) -> dict[str, Any] | None:
        raise NotImplementedError

    def cursor(self, state: dict[str, Any] | None) -> Any:
        return None


class _Offset(_Style):
    """OData ``$skip``/``$top`` windows, advanced by the size asked for, ended by the server's metadata.

    The platform cuts the window first and applies ``$filter`` (and the spec's other ``filters``,
    e.g. ``isCreditTransaction``) afterwards, so a filtered page may be short or empty while more
    follow. The walk therefore ends only when the answer's ``pagination`` says so (no ``next``, or
    ``count`` reached). Without that metadata an unfiltered short page is the last one; a filtered
    one cannot be told from a sparse window, so that raises rather than dropping items.
    """

    empty_page_ends = False

    def start(self, paging: Mapping[str, Any], params: dict[str, Any], size: int | None) -> dict[str, Any]:
        top, skip = _snake(paging["top"]), _snake(paging["skip"])
        return {**params, top: size or params.get(top) or self.default_size, skip: params.get(skip) or 0}

    def next(
        self, paging: Mapping[str, Any], state: dict[str, Any], page: Any, items: list[Any]
    ) -> dict[str, Any] | None:
        top, skip = _snake(paging["top"]), _snake(paging["skip"])
        following = {**state, skip: state[skip] + state[top]}
        metadata = _given(getattr(page, "pagination", None))
        if metadata is not None:
            count = _given(getattr(metadata, "count", None))
            if not _given(getattr(metadata, "next_", getattr(metadata, "next", None))):
                return None
            return following if not isinstance(count, int) or following[skip] < count else None
        if not items:
            return None  # an answer with neither items nor metadata: past the end
        if len(items) == state[top]:
            return following
        filters = [name for name in paging.get("filters", ()) if _given(state.get(_snake(name))) is not None]
        if not filters:
            return None
        raise PaginationError(
            f"a page filtered by {', '.join(filters)} came back short without pagination metadata, so whether "
            "more items follow cannot be known; page without the filter and filter the items yourself"
        )


class _Groups(_Style):
    """Grouped ``$skipGroups``/``$topGroups`` (the platform supports one group per page)."""

    def start(self, paging: Mapping[str, Any], params: dict[str, Any], size: int | None) -> dict[str, Any]:
        state = {**params, _snake(paging["top"]): 1, _snake(paging["skip"]): params.get(_snake(paging["skip"])) or 0}
        state.setdefault("apply", "groupBy(customer)")
        if state.get("institution_customer_id"):
            raise ValidationError("grouped paging cannot be combined with institution_customer_id")
        return state

    def next(
        self, paging: Mapping[str, Any], state: dict[str, Any], page: Any, items: list[Any]
    ) -> dict[str, Any] | None:
        skip = _snake(paging["skip"])
        total = getattr(page, _snake(paging.get("total", "totalGroupCount")), None)
        following = state[skip] + 1
        if not isinstance(total, int) or following >= total:
            return None
        return {**state, skip: following}

    def cursor(self, state: dict[str, Any] | None) -> Any:
        return None


class _PageNumber(_Style):
    """``pageNo``/``pageSize`` (or Spring ``page``/``size``) from 0; a short page is the last."""

    def start(self, paging: Mapping[str, Any], params: dict[str, Any], size: int | None) -> dict[str, Any]:
        number, per_page = _snake(paging["page"]), _snake(paging["size"])
        default = 20 if paging["style"] == "spring-page" else self.default_size
        return {**params, number: params.get(number) or 0, per_page: size or params.get(per_page) or default}

    def next(
        self, paging: Mapping[str, Any], state: dict[str, Any], page: Any, items: list[Any]
    ) -> dict[str, Any] | None:
        number, per_page = _snake(paging["page"]), _snake(paging["size"])
        metadata = getattr(page, _snake(paging.get("metadata", "")), None) if paging.get("metadata") else None
        total_pages = getattr(metadata, "total_pages", None) if metadata is not None else None
        if isinstance(total_pages, int):
            if state[number] + 1 >= total_pages:
                return None
        elif len(items) < state[per_page]:
            return None
        return {**state, number: state[number] + 1}


class _BodyCursor(_Style):
    """``nextPageToken`` carried in the request body and returned in the response; 204 ends it."""

    def start(self, paging: Mapping[str, Any], params: dict[str, Any], size: int | None) -> dict[str, Any]:
        import attrs  # here, not at module level: the facade's import stays free of attrs until a model is used

        body = params.get("body")
        if body is None or not attrs.has(type(body)):
            raise ValidationError("this operation pages through its request body: pass body=<search criteria model>")
        if size is not None:
            body = attrs.evolve(body, page_size=size)
        return {**params, "body": body}

    def next(
        self, paging: Mapping[str, Any], state: dict[str, Any], page: Any, items: list[Any]
    ) -> dict[str, Any] | None:
        import attrs

        token = getattr(page, _snake(paging["cursor"]), None)
        if not token:
            return None
        return {**state, "body": attrs.evolve(state["body"], **{_snake(paging["cursor"]): token})}

    def cursor(self, state: dict[str, Any] | None) -> Any:
        if state is None:
            return None
        return getattr(state["body"], "next_page_token", None)


class _Keyset(_Style):
    """Keyset ``limit`` + ``userToken`` (the key of the previous page's last item)."""

    def start(self, paging: Mapping[str, Any], params: dict[str, Any], size: int | None) -> dict[str, Any]:
        limit = _snake(paging["limit"])
        return {**params, limit: str(size or params.get(limit) or 30)}

    def next(
        self, paging: Mapping[str, Any], state: dict[str, Any], page: Any, items: list[Any]
    ) -> dict[str, Any] | None:
        limit, token = _snake(paging["limit"]), _snake(paging["token"])
        if len(items) < int(state[limit]):
            return None
        key = getattr(items[-1], _snake(paging["key"]), None)
        if key is None:
            raise PaginationError("keyset paging: the last item has no key to continue from")
        return {**state, token: str(key)}

    def cursor(self, state: dict[str, Any] | None) -> Any:
        return None if state is None else state.get("user_token")


_STYLES: dict[str, _Style] = {
    "odata-skip-top": _Offset(),
    "odata-groups": _Groups(),
    "page-number": _PageNumber(),
    "spring-page": _PageNumber(),
    "body-cursor": _BodyCursor(),
    "keyset": _Keyset(),
}


_OPTIONS = ("page_size", "max_items", "max_pages")


def paginate(
    method: Callable[P, Awaitable[Page[PageT, ItemT] | None]], /, *args: P.args, **kwargs: P.kwargs
) -> AsyncPaginator[PageT, ItemT]:
    """Every item of a paging operation; the arguments are the method's own, checked by type checkers.

    ``.with_options(page_size=, max_items=, max_pages=)`` tunes the walk; ``.pages()`` yields pages.
    """
    misplaced = [name for name in _OPTIONS if name in kwargs]
    if misplaced:
        raise ValidationError(
            f"{misplaced[0]} is an option of the walk, not of the operation: "
            f"paginate(method, ...).with_options({misplaced[0]}=...)",
            field=misplaced[0],
        )
    signature = inspect.signature(method)
    try:
        signature.bind_partial(*args, **kwargs)  # an unknown name first, then a missing one
        bound = signature.bind(*args, **kwargs)
    except TypeError as exc:
        name = getattr(method, "__name__", "the method")
        raise ValidationError(f"paginate({name}, ...): {exc}") from None
    arguments: dict[str, Any] = {}
    for name, value in bound.arguments.items():
        if signature.parameters[name].kind is inspect.Parameter.VAR_KEYWORD:
            arguments.update(value)
        else:
            arguments[name] = value
    return AsyncPaginator(method, arguments)


def banking_activity_windows(
    start: dt.datetime, end: dt.datetime, *, window: dt.timedelta = BANKING_ACTIVITY_WINDOW
) -> Iterator[tuple[dt.datetime, dt.datetime]]:
    """Split ``[start, end)`` into consecutive windows no longer than the platform's 90 days, in order."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValidationError("banking activity windows need timezone-aware datetimes", field="start")
    if end <= start:
        raise ValidationError("end must be after start", field="end")
    cursor = start
    while cursor < end:
        upper = min(cursor + window, end)
        yield cursor, upper
        cursor = upper
