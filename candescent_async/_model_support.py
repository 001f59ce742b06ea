"""What the generated packages share with the facade, written once: the "not given" sentinel, wire
helpers (exact Decimal JSON, lenient dates, XML text) and the invoker protocols the facade implements.

Every generated category's ``types`` module re-exports this module, so there is one ``Unset`` class and
one ``UNSET`` object for all nine categories (``isinstance(x, Unset)`` works whatever the category).
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from decimal import Decimal, InvalidOperation
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, ParamSpec, Protocol, TypeVar, cast

import httpx2
from attrs import Attribute, define

from ._json import dumps as dumps_json
from ._json import loads as loads_json
from ._unset import UNSET, Unset


def as_json_safe(value: Any) -> Any:
    """A wire dict with every Decimal as its exact string (``Decimal("12.50")`` -> ``"12.50"``)."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Mapping):
        return {key: as_json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [as_json_safe(item) for item in value]
    return value


class Model:
    """The base of every generated model: ``to_json()`` beside the generated ``to_dict()``, and
    mapping access to the fields the spec does not name (``model["extra"]``, kept in
    ``additional_properties`` by models that allow them)."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        raise NotImplementedError

    def to_json(self) -> str:
        """The model as JSON text, amounts as exact strings (a float would round them)."""
        return json.dumps(self.to_dict(json_safe=True), ensure_ascii=False)


# The types that `httpx2.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart/form-data body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (name, file, content type) tuple httpx2 takes for a multipart part."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
P = ParamSpec("P")
T_co = TypeVar("T_co", covariant=True)


@define
class Response(Generic[T]):
    """A response from an endpoint (the upstream generator's shape, kept for its modules)."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# --- candescent wire helpers -------------------------------------------------------------------


E = TypeVar("E", bound=Enum)

_FLOAT_REFUSED = "a float cannot hold an exact amount (0.1 + 0.2 != 0.3): pass a decimal.Decimal"


def to_decimal(value: Any) -> Decimal:
    """Exact, finite Decimal from a JSON number (parsed as Decimal/int) or a numeric string; floats are refused."""
    if type(value) is Decimal and value.is_finite():  # what the JSON codec gives: the common case first
        return value
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    if isinstance(value, float):
        raise TypeError(f"got the float {value!r}; {_FLOAT_REFUSED}")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
    elif isinstance(value, Decimal):
        result = value
    else:
        raise TypeError(f"expected a number, got {type(value).__name__}")
    if not result.is_finite():
        raise ValueError(f"not a finite decimal number: {value!r}")
    return result


def enum_member(cls: type[E], value: Any) -> E:
    """``cls(value)`` for the generated (open) enums, with the lookup of a known value made cheap."""
    try:
        return cls._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        return cls(value)


def keys_only(value: Mapping[str, Any]) -> str:
    """repr() of a model's additional_properties: the keys, never the values (any could be a secret)."""
    return "{" + ", ".join(f"{key!r}: ..." for key in value) + "}"


def xml_text(value: Any) -> Any:
    """A scalar field's value from XML: an element that had attributes arrives as ``{..., "#text": text}``.

    Such an element's text is the value (``None`` when it had none); anything else is returned as is.
    """
    if isinstance(value, Mapping):
        return value.get("#text")
    return value


def refuse_float(instance: Any, attribute: Attribute[Any], value: Any) -> None:
    """attrs validator of every Decimal field: constructing or assigning a float raises TypeError."""
    if isinstance(value, float):
        raise TypeError(f"{type(instance).__name__}.{attribute.name} got the float {value!r}; {_FLOAT_REFUSED}")


_NO_COLON_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")
_DATE_WITH_OFFSET = re.compile(r"^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:?\d{2})$")
_COMPACT = re.compile(r"^\d{14}$")
_US_ZONES = {
    "UTC": 0,
    "GMT": 0,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
}


def parse_datetime(value: Any) -> datetime.datetime:
    """Timezone-aware datetime from ISO 8601 or the platform's other forms.

    Accepts ``2025-03-25T10:00:00-0700`` (offset without colon), ``11/20/2025 10:33:25 AM PST``
    (business registration) and ``20251120103325`` (audience lists, UTC). A value without any
    zone is taken as UTC so that comparisons never mix naive and aware datetimes.
    """
    if type(value) is str and len(value) > 10 and value[10] in "Tt ":  # ISO 8601: the common case first
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)
    if isinstance(value, datetime.datetime):
        parsed = value
    elif not isinstance(value, str):
        raise TypeError(f"expected a date-time string, got {type(value).__name__}")
    else:
        text = value.strip()
        dated = _DATE_WITH_OFFSET.match(text)
        if _COMPACT.match(text):
            parsed = datetime.datetime.strptime(text, "%Y%m%d%H%M%S")
        elif dated:  # a v1 date with an offset: midnight there (fromisoformat would read the offset as a time)
            zone = "+00:00" if dated.group(2) == "Z" else _NO_COLON_OFFSET.sub(r"\1:\2", dated.group(2))
            parsed = datetime.datetime.fromisoformat(f"{dated.group(1)}T00:00:00{zone}")
        else:
            try:
                parsed = datetime.datetime.fromisoformat(_NO_COLON_OFFSET.sub(r"\1:\2", text))
            except ValueError:
                from dateutil import parser as _dateutil_parser

                tzinfos = {name: hours * 3600 for name, hours in _US_ZONES.items()}
                try:
                    parsed = _dateutil_parser.parse(text, tzinfos=tzinfos)
                except (ValueError, OverflowError) as exc:
                    raise ValueError(f"unrecognised date-time: {value!r}") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


# Dates are immutable and a page of transactions holds few distinct ones: YYYY-MM-DD strings already
# parsed are looked up (about a third of the cost), in a table emptied when it grows past its bound.
_DATES: dict[str, datetime.date] = {}
_DATES_BOUND = 4096
# The generated models' inline fast path, ``known_date(v) or parse_date(v)``: a remembered date without a call.
known_date = _DATES.get


def parse_date(value: Any) -> datetime.date:
    """Date from ``YYYY-MM-DD``, a v1 date with an offset (``2025-03-25-07:00``) or a date-time."""
    if type(value) is str and len(value) == 10:  # YYYY-MM-DD: the common case first
        found = _DATES.get(value)
        if found is not None:
            return found
        try:
            parsed = datetime.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if len(_DATES) >= _DATES_BOUND:
                _DATES.clear()
            _DATES[value] = parsed
            return parsed
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"expected a date string, got {type(value).__name__}")
    text = value.strip()
    match = _DATE_WITH_OFFSET.match(text)
    if match:
        return datetime.date.fromisoformat(match.group(1))
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return parse_datetime(text).date()


class RawResponse(Protocol[T_co]):
    """What ``with_raw_response`` calls return: the parsed value plus the HTTP exchange."""

    @property
    def parsed(self) -> T_co: ...

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> httpx2.Headers: ...

    @property
    def content(self) -> bytes: ...

    @property
    def trace_id(self) -> str: ...

    @property
    def retries_taken(self) -> int: ...

    @property
    def http_response(self) -> httpx2.Response: ...


class Invoker(Protocol):
    """Sends one operation's request through the facade transport and parses the success body."""

    def __call__(
        self,
        operation_id: str,
        request: dict[str, Any],
        parse: Callable[[httpx2.Response], T],
        *,
        trace_id: str | None,
        timeout: float | httpx2.Timeout | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> Awaitable[T]: ...


def raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Type a method of a resource bound to the raw invoker: same arguments, a raw response back."""
    return cast(Callable[P, Awaitable[RawResponse[T]]], method)


class RawInvoker(Protocol):
    """Like Invoker, but returns the raw response wrapper."""

    def __call__(
        self,
        operation_id: str,
        request: dict[str, Any],
        parse: Callable[[httpx2.Response], T],
        *,
        trace_id: str | None,
        timeout: float | httpx2.Timeout | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> Awaitable[RawResponse[T]]: ...


def _is_xml(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base.endswith("+xml") or base in ("application/xml", "text/xml")


def media_request(
    request: dict[str, Any],
    *,
    accept: str,
    content_type: str | None,
    accepts: Sequence[str],
    content_types: Sequence[str],
) -> dict[str, Any]:
    """The generated request with the media types the caller chose among those the platform lists.

    ``accept`` must be one of ``accepts``; ``content_type`` (default: the first of ``content_types``)
    one of ``content_types``, and only where the operation takes a body. An XML type (``...+xml``)
    sends the body as XML: its one top-level key is the root element, MX's own convention.
    """
    from ._errors import ValidationError

    if accept not in accepts:
        raise ValidationError(f"accept {accept!r} is not one the platform lists: {', '.join(accepts)}", field="accept")
    headers = dict(request.get("headers") or {})
    headers["Accept"] = accept
    if content_type is not None and not content_types:
        raise ValidationError("this operation sends no request body: content_type does not apply", field="content_type")
    if content_types:
        chosen = content_type or content_types[0]
        if chosen not in content_types:
            raise ValidationError(
                f"content_type {chosen!r} is not one the platform lists: {', '.join(content_types)}",
                field="content_type",
            )
        if "content" in request:
            headers["Content-Type"] = chosen
            if _is_xml(chosen):
                from ._xml import to_xml

                data = loads_json(request["content"])
                one = isinstance(data, dict) and len(data) == 1
                root, inner = next(iter(data.items())) if one else ("request", data)
                element = inner if isinstance(inner, Mapping) else {"value": inner}
                request = {**request, "content": to_xml(str(root), element)}
    return {**request, "headers": headers}


def media_parser(parse: Callable[[httpx2.Response], T]) -> Callable[[httpx2.Response], T]:
    """``parse`` for an answer in a chosen media type: an XML answer is read as the dict it spells."""

    def run(response: httpx2.Response) -> T:
        kind = response.headers.get("content-type", "")
        if _is_xml(kind) and response.content.lstrip()[:1] == b"<":
            from ._xml import parse_xml

            rebuilt = httpx2.Response(
                response.status_code,
                headers={"Content-Type": "application/json"},
                content=dumps_json(parse_xml(response.content)),
            )
            return parse(rebuilt)
        return parse(response)

    return run


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Invoker",
    "Model",
    "RawInvoker",
    "RawResponse",
    "RequestFiles",
    "Response",
    "Unset",
    "as_json_safe",
    "dumps_json",
    "keys_only",
    "known_date",
    "loads_json",
    "media_parser",
    "media_request",
    "parse_date",
    "parse_datetime",
    "raw_response",
    "refuse_float",
    "to_decimal",
    "xml_text",
]
