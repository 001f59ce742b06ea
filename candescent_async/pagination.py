"""Async iteration over every paging shape the platform uses.

    async for txn in paginate(cd.core_banking.list_account_transactions_v1, account_id=acct, page_size=200):
        ...

``paginate`` reads the operation's paging style from the registry (compiled from the specs), so
one call works for all six shapes: OData ``$skip``/``$top``, grouped ``$skipGroups``/``$topGroups``,
``pageNo``/``pageSize``, Spring ``page``/``size``, a ``nextPageToken`` cursor in the POST body,
and keyset ``limit``/``userToken``. Pages are fetched lazily and never accumulated, so memory stays
flat however many items are walked. A server that repeats a cursor or a page, or never ends,
raises ``PaginationError`` instead of looping forever.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

from ._errors import CandescentError, ValidationError
from ._registry import Operation, get_operation

__all__ = ["AsyncPaginator", "PaginationError", "banking_activity_windows", "paginate"]

T = TypeVar("T")
DEFAULT_MAX_PAGES = 100_000
# x-candescent-pagination keys that name the page-size parameter (set by paginate, never by the caller)
_PAGE_SIZE_KEYS = ("top", "size", "limit")
BANKING_ACTIVITY_WINDOW = dt.timedelta(days=90)


class PaginationError(CandescentError):
    """The server's paging did not make progress (a repeated cursor or page), or passed max_pages."""


def _snake(name: str) -> str:
    """The generator's Python name for a wire name: ``$skipGroups`` -> ``skip_groups``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.lstrip("$")).lower()


def _items(page: Any, field: str) -> list[Any]:
    if page is None:
        return []
    value = page if field == "" else getattr(page, _snake(field), None)
    return list(value) if isinstance(value, list) else []


def _fingerprint(items: list[Any]) -> tuple[Any, ...]:
    """Identity of a page, to notice a server that keeps sending the same one."""
    first, last = items[0], items[-1]

    def key(item: Any) -> Any:
        for attr in ("id", "job_id", "group_id", "subscription_id", "line_nbr"):
            value = getattr(item, attr, None)
            if value is not None and not _is_unset(value):
                return value
        # The data, not repr(): a model's repr hides secrets and the values of its extra properties.
        return repr(item.to_dict()) if hasattr(item, "to_dict") else repr(item)

    return (len(items), key(first), key(last))


def _is_unset(value: Any) -> bool:
    return type(value).__name__ == "Unset"


def _present(value: Any) -> Any:
    """``value``, or None when it is absent (None or the generated models' UNSET)."""
    return None if value is None or _is_unset(value) else value


class AsyncPaginator(Generic[T]):
    """Async-iterable over items; ``pages()`` walks whole pages. Nothing is fetched until iterated."""

    def __init__(
        self,
        method: Callable[..., Awaitable[Any]],
        params: Mapping[str, Any],
        *,
        page_size: int | None,
        max_items: int | None,
        max_pages: int,
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
                    f"pass page_size= to paginate(), not {_snake(str(name))}= (paginate sets it on every page)",
                    field=_snake(str(name)),
                )
        if page_size is not None and page_size < 1:
            raise ValidationError("page_size must be >= 1", field="page_size")
        if max_items is not None and max_items < 0:
            raise ValidationError("max_items must be >= 0", field="max_items")
        self._method = method
        self._params = dict(params)
        self._page_size = page_size
        self._max_items = max_items
        self._max_pages = max_pages

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iter_items()

    async def _iter_items(self) -> AsyncIterator[T]:
        remaining = self._max_items
        if remaining == 0:
            return
        async for page in self.pages():
            for item in _items(page, str(self.operation.pagination["items"])):  # type: ignore[index]
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return

    async def pages(self) -> AsyncIterator[Any]:
        """Each page model as returned by the operation (empty pages end the walk)."""
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
            items = _items(page, str(paging["items"]))
            if items:
                fingerprint = _fingerprint(items)
                if fingerprint == previous:
                    raise PaginationError(f"{self.operation.operation_id}: the server returned the same page twice")
                previous = fingerprint
                yield page
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
        metadata = _present(getattr(page, "pagination", None))
        if metadata is not None:
            count = _present(getattr(metadata, "count", None))
            if not _present(getattr(metadata, "next_", getattr(metadata, "next", None))):
                return None
            return following if not isinstance(count, int) or following[skip] < count else None
        if not items:
            return None  # an answer with neither items nor metadata: past the end
        if len(items) == state[top]:
            return following
        filters = [name for name in paging.get("filters", ()) if _present(state.get(_snake(name))) is not None]
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
        if not token or _is_unset(token):
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
        if key is None or _is_unset(key):
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


def paginate(
    method: Callable[..., Awaitable[Any]],
    /,
    *,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    **params: Any,
) -> AsyncPaginator[Any]:
    """Iterate every item of a paging operation; ``params`` are the operation's own arguments."""
    return AsyncPaginator(method, params, page_size=page_size, max_items=max_items, max_pages=max_pages)


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
