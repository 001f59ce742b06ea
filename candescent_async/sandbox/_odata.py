"""The sandbox's OData ``$filter`` evaluator: the documented subset, strict like the platform.

Grammar: ``or`` < ``and`` < ``not`` < comparison; comparisons ``eq ne gt ge lt le``, functions
``contains(a, b)``, ``tolower(a)``, ``toupper(a)``; literals: ``'quoted'`` (``''`` escapes a quote),
numbers, ``true``/``false``/``null``, dates; parentheses. Anything else raises ``FilterSyntaxError``.
String comparisons and ``contains`` are case-sensitive, as the platform documents: a filter folds
case itself with ``tolower()``/``toupper()`` (on the field and the literal alike).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

__all__ = ["FilterSyntaxError", "compile_filter"]

_TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<date>\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:\d{2}))?)|(?P<num>-?\d+(?:\.\d+)?)"
    r"|(?P<punct>[(),])|(?P<word>[A-Za-z_][A-Za-z0-9_/]*))"
)
_COMPARE = {"eq", "ne", "gt", "ge", "lt", "le"}

Predicate = Callable[[Mapping[str, Any]], bool]


class FilterSyntaxError(ValueError):
    """The filter is not valid for this resource."""


def _tokens(text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    text = text.strip()
    while pos < len(text):
        found = _TOKEN.match(text, pos)
        if not found or found.end() == pos:
            raise FilterSyntaxError(f"unexpected character at {pos}: {text[pos : pos + 10]!r}")
        kind = found.lastgroup or ""
        value = found.group(kind)
        out.append((kind, value))
        pos = found.end()
    return out


class _Parser:
    def __init__(self, text: str, fields: Mapping[str, Callable[[Mapping[str, Any]], Any]]) -> None:
        self.tokens = _tokens(text)
        self.pos = 0
        self.fields = fields

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token is None or (value is not None and token[1] != value):
            raise FilterSyntaxError(f"expected {value or 'more input'}")
        self.pos += 1
        return token

    def parse(self) -> Predicate:
        predicate = self.or_expr()
        if self.peek() is not None:
            raise FilterSyntaxError(f"unexpected {self.peek()[1]!r}")  # type: ignore[index]
        return predicate

    def or_expr(self) -> Predicate:
        left = self.and_expr()
        while self.peek() == ("word", "or"):
            self.take()
            left = _either(left, self.and_expr())
        return left

    def and_expr(self) -> Predicate:
        left = self.not_expr()
        while self.peek() == ("word", "and"):
            self.take()
            left = _both(left, self.not_expr())
        return left

    def not_expr(self) -> Predicate:
        if self.peek() == ("word", "not"):
            self.take()
            inner = self.not_expr()
            return lambda row: not inner(row)
        return self.primary()

    def primary(self) -> Predicate:
        if self.peek() == ("punct", "("):
            self.take("(")
            inner = self.or_expr()
            self.take(")")
            return inner
        if self.peek() == ("word", "contains"):
            self.take()
            self.take("(")
            haystack = self.value()
            self.take(",")
            needle = self.value()
            self.take(")")
            return lambda row: str(needle(row)) in str(haystack(row) or "")
        left = self.value()
        op = self.take()
        if op[1] not in _COMPARE:
            raise FilterSyntaxError(f"unknown operator {op[1]!r}")
        right = self.value()
        return _comparison(op[1], left, right)

    def value(self) -> Callable[[Mapping[str, Any]], Any]:
        kind, text = self.take()
        if kind == "str":
            literal: Any = text[1:-1].replace("''", "'")
            return lambda row: literal
        if kind == "num":
            number = Decimal(text)
            return lambda row: number
        if kind == "date":
            return lambda row: text
        if kind == "word" and text in ("true", "false", "null"):
            constant = {"true": True, "false": False, "null": None}[text]
            return lambda row: constant
        if kind == "word" and text in ("tolower", "toupper"):
            self.take("(")
            inner = self.value()
            self.take(")")
            fold = str.lower if text == "tolower" else str.upper
            return lambda row: fold(str(inner(row) or ""))
        if kind == "word":
            if text not in self.fields:
                raise FilterSyntaxError(f"unknown property {text!r}; filterable: {', '.join(sorted(self.fields))}")
            return self.fields[text]
        raise FilterSyntaxError(f"unexpected {text!r}")


def _either(a: Predicate, b: Predicate) -> Predicate:
    return lambda row: a(row) or b(row)


def _both(a: Predicate, b: Predicate) -> Predicate:
    return lambda row: a(row) and b(row)


def _comparison(op: str, left: Callable[[Any], Any], right: Callable[[Any], Any]) -> Predicate:
    def test(row: Mapping[str, Any]) -> bool:
        a, b = left(row), right(row)
        if op == "eq":
            return bool(a == b)
        if op == "ne":
            return bool(a != b)
        if a is None or b is None:
            return False
        try:
            if isinstance(a, (int, Decimal)) or isinstance(b, (int, Decimal)):
                a, b = Decimal(str(a)), Decimal(str(b))
            return bool({"gt": a > b, "ge": a >= b, "lt": a < b, "le": a <= b}[op])
        except (ArithmeticError, TypeError):
            return False

    return test


def compile_filter(text: str, fields: Mapping[str, Callable[[Mapping[str, Any]], Any]]) -> Predicate:
    """A predicate over rows, or FilterSyntaxError for anything outside the documented subset."""
    return _Parser(text, fields).parse()
