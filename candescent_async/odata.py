"""OData ``$filter`` and ``$expand`` builders that render strings the platform accepts.

    from candescent_async.odata import ACCOUNTS, F

    await cd.core_banking.list_accounts_v1(filter_=ACCOUNTS.filter((F.category == "DEPOSIT") & ~F.name.contains("IRA")))
    # -> "category eq 'DEPOSIT' and not (contains(name, 'IRA'))"

Expressions combine with ``&``, ``|`` and ``~`` (Python's ``and``/``or``/``not`` cannot be
overloaded, so using them raises ``TypeError`` instead of silently dropping half a filter).
Literals are rendered by type: strings quoted with ``'`` doubled, so no value can escape its
literal; ``Decimal``/``int`` as plain numbers; ``bool``; ``date`` and timezone-aware ``datetime``
in OData form; enums by value. ``float`` is refused (money and amounts are ``Decimal``).
A resource (``ACCOUNTS``, ``TRANSACTIONS``) checks field names before anything is sent.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from decimal import Decimal
from typing import NoReturn

import attrs

from ._errors import ValidationError

__all__ = [
    "ACCOUNTS",
    "EXPANDABLE_USER_SEGMENTS",
    "TRANSACTIONS",
    "Expr",
    "F",
    "Field",
    "FilterResource",
    "contains",
    "expand",
    "literal",
    "tolower",
    "toupper",
]

Value = str | int | Decimal | bool | dt.date | dt.datetime | enum.Enum | None


def literal(value: Value) -> str:
    """The OData literal for a Python value; ``ValidationError`` for values OData cannot carry."""
    if value is None:
        return "null"
    if isinstance(value, enum.Enum):
        return literal(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(f"{value} is not a number OData can carry", field="filter")
        return format(value, "f")
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValidationError("datetimes in filters must be timezone-aware", field="filter")
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        raise ValidationError("use Decimal, not float, for numbers in filters", field="filter")
    raise ValidationError(f"cannot use a {type(value).__name__} in an OData filter", field="filter")


class _Node:
    """Shared operator overloads; ``bool()`` is refused so ``and``/``or`` cannot be misused."""

    def __bool__(self) -> NoReturn:
        raise TypeError("combine filter expressions with &, | and ~ (not 'and', 'or', 'not')")


@attrs.frozen(eq=False)
class Field(_Node):
    """A property (``F.name``) or a case-folding function of one (``tolower(F.name)``)."""

    name: str
    function: str | None = None

    def render(self) -> str:
        return f"{self.function}({self.name})" if self.function else self.name

    def _compare(self, op: str, other: Value | Field) -> Expr:
        return Expr(op, (self, other))

    def __eq__(self, other: Value | Field) -> Expr:  # type: ignore[override]
        return self._compare("eq", other)

    def __ne__(self, other: Value | Field) -> Expr:  # type: ignore[override]
        return self._compare("ne", other)

    def __gt__(self, other: Value | Field) -> Expr:
        return self._compare("gt", other)

    def __ge__(self, other: Value | Field) -> Expr:
        return self._compare("ge", other)

    def __lt__(self, other: Value | Field) -> Expr:
        return self._compare("lt", other)

    def __le__(self, other: Value | Field) -> Expr:
        return self._compare("le", other)

    __hash__ = None  # type: ignore[assignment]

    def contains(self, text: str) -> Expr:
        if not isinstance(text, str):
            raise ValidationError("contains() takes a string", field="filter")
        return Expr("contains", (self, text))

    def tolower(self) -> Field:
        return Field(self.name, "tolower")

    def toupper(self) -> Field:
        return Field(self.name, "toupper")


_PRECEDENCE = {"or": 1, "and": 2}


@attrs.frozen(eq=False)
class Expr(_Node):
    """A boolean filter expression; ``str(expr)`` is the ``$filter`` text."""

    op: str  # eq ne gt ge lt le contains and or not
    args: tuple[Field | Expr | Value, ...]

    def __and__(self, other: Expr) -> Expr:
        return Expr("and", (self, _expr(other)))

    def __or__(self, other: Expr) -> Expr:
        return Expr("or", (self, _expr(other)))

    def __invert__(self) -> Expr:
        return Expr("not", (self,))

    def fields(self) -> Iterator[str]:
        """Every property name the expression reads."""
        for arg in self.args:
            if isinstance(arg, Field):
                yield arg.name
            elif isinstance(arg, Expr):
                yield from arg.fields()

    def render(self) -> str:
        if self.op == "not":
            return f"not ({_render(self.args[0])})"
        if self.op == "contains":
            return f"contains({_render(self.args[0])}, {_render(self.args[1])})"
        if self.op in _PRECEDENCE:
            parts = []
            for arg in self.args:
                text = _render(arg)
                if isinstance(arg, Expr) and _PRECEDENCE.get(arg.op, 3) < _PRECEDENCE[self.op]:
                    text = f"({text})"
                parts.append(text)
            return f" {self.op} ".join(parts)
        return f"{_render(self.args[0])} {self.op} {_render(self.args[1])}"

    def __str__(self) -> str:
        return self.render()


def _expr(value: object) -> Expr:
    if not isinstance(value, Expr):
        raise TypeError(f"expected a filter expression, got {type(value).__name__}")
    return value


def _render(value: Field | Expr | Value) -> str:
    if isinstance(value, (Field, Expr)):
        return value.render()
    return literal(value)


class _Fields:
    """``F.name`` or ``F["accountNumber"]``: a property to compare."""

    def __getattr__(self, name: str) -> Field:
        if name.startswith("_"):
            raise AttributeError(name)
        return Field(name)

    def __getitem__(self, name: str) -> Field:
        return Field(name)


F = _Fields()


def contains(field: Field, text: str) -> Expr:
    """``contains(field, 'text')``."""
    return field.contains(text)


def tolower(field: Field) -> Field:
    """``tolower(field)``, for case-insensitive comparisons."""
    return field.tolower()


def toupper(field: Field) -> Field:
    """``toupper(field)``."""
    return field.toupper()


@attrs.frozen
class FilterResource:
    """A filterable collection and the properties the platform documents for it."""

    name: str
    fields: frozenset[str]

    def filter(self, expression: Expr) -> str:
        """The ``$filter`` text, or ``ValidationError`` naming a property this resource lacks."""
        if not isinstance(expression, Expr):
            raise ValidationError(f"expected a filter expression, got {type(expression).__name__}", field="filter")
        for name in expression.fields():
            if name not in self.fields:
                raise ValidationError(
                    f"{self.name} cannot be filtered on {name!r}; allowed: {', '.join(sorted(self.fields))}",
                    field="filter",
                )
        return expression.render()


ACCOUNTS = FilterResource("accounts", frozenset({"id", "name", "accountNumber", "category", "type"}))
TRANSACTIONS = FilterResource("transactions", frozenset({"id", "description"}))

EXPANDABLE_USER_SEGMENTS = frozenset(
    {"contactMethods", "postalAddresses", "postalAddress", "subUsers", "identificationDocuments"}
)


def expand(*segments: str | tuple[str, Expr]) -> str:
    """The ``$expand`` text for institution users: names, or ``(name, filter)`` pairs.

    ``expand("subUsers", ("contactMethods", F.validated == True))``
    -> ``"subUsers,contactMethods($filter=validated eq true)"``
    """
    parts: list[str] = []
    for segment in segments:
        name, expression = (segment, None) if isinstance(segment, str) else segment
        if name not in EXPANDABLE_USER_SEGMENTS:
            raise ValidationError(
                f"cannot expand {name!r}; allowed: {', '.join(sorted(EXPANDABLE_USER_SEGMENTS))}", field="expand"
            )
        parts.append(f"{name}($filter={_expr(expression).render()})" if expression is not None else name)
    if not parts:
        raise ValidationError("expand() needs at least one segment", field="expand")
    return ",".join(parts)
