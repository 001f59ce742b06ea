"""Decimal-exact JSON: the one codec of the facade, the sandbox and the generated packages
(their ``types.loads_json``/``dumps_json`` are these functions).

Amounts are never floats: parsing keeps every non-integer number as ``Decimal`` and refuses the
non-standard ``NaN``/``Infinity``/``-Infinity`` constants Python's json would accept; serialising
writes Decimals as plain JSON numbers and refuses floats outright.
"""

from __future__ import annotations

import datetime
import enum
import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

__all__ = ["JSONError", "dumps", "loads"]


class JSONError(ValueError):
    """The JSON is nested too deeply or holds a value no amount may have (NaN, infinity)."""


def _refuse_constant(name: str) -> Any:
    raise JSONError(f"{name} is not a number JSON allows (amounts must be finite)")


def _first_decode(content: bytes | str) -> Any:
    """Import msgspec on the first parse (it stays out of ``import candescent_async``), then decode."""
    global _decode
    import msgspec

    _decode = msgspec.json.Decoder(float_hook=Decimal).decode
    return _decode(content)


# msgspec reads standard JSON, numbers as exact Decimals, in about 60% of the stdlib's time (json with
# parse_float=Decimal runs at about json.loads's speed). Whatever it refuses (a UTF-8 byte order mark, a
# lone surrogate escape, NaN) goes to the stdlib, so what is accepted and how it reads is unchanged.
_decode: Callable[[bytes | str], Any] = _first_decode


def loads(content: bytes | str) -> Any:
    """Parse JSON with every non-integer number as an exact Decimal (ValueError for bad input)."""
    try:
        return _decode(content)
    except (ValueError, RecursionError):  # msgspec.DecodeError is a ValueError
        pass
    try:
        return json.loads(content, parse_float=Decimal, parse_constant=_refuse_constant)
    except RecursionError:  # the C scanner's guard against deep nesting: bad input, not a crash
        raise JSONError("JSON nested too deeply") from None


def _encode(value: Any, out: list[str]) -> None:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("NaN and infinite amounts cannot be sent")
        out.append(format(value, "f"))
    elif isinstance(value, float):
        raise TypeError("refusing to serialise a float: use decimal.Decimal for amounts")
    elif isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, enum.Enum):
        _encode(value.value, out)
    elif isinstance(value, (datetime.date, datetime.datetime)):
        out.append(json.dumps(value.isoformat()))
    elif isinstance(value, Mapping):
        out.append("{")
        for i, (key, item) in enumerate(value.items()):
            out.append("," if i else "")
            out.append(json.dumps(str(key), ensure_ascii=False))
            out.append(":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for i, item in enumerate(value):
            out.append("," if i else "")
            _encode(item, out)
        out.append("]")
    else:
        raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(value: Any) -> bytes:
    out: list[str] = []
    _encode(value, out)
    return "".join(out).encode("utf-8")
