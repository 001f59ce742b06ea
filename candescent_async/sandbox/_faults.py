"""Fault injection: make chosen operations fail N times, then recover.

Use ``Sandbox.faults.add("getAccountByIdV1", Fault.status_code(503, times=2))`` in-process, or
``POST /_sandbox/faults`` with ``{"operation": ..., "kind": ..., ...}`` against a served sandbox.
Both refuse what would not do what was asked (``ValueError``; the endpoint answers 400 with the
reason): an unknown kind or operation, ``times`` below 1, a status outside 400-599.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal, get_args

FaultKind = Literal["status", "hang", "drop", "malformed"]
KINDS: tuple[str, ...] = get_args(FaultKind)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass
class Fault:
    """One failure mode, applied to the next ``times`` matching requests.

    ``after_processing``: the request takes effect first and the failure hits the response, as when
    a gateway times out on a backend that completed. That is the case that duplicates money if a
    client retries.
    """

    kind: FaultKind
    status: int = 503
    retry_after: str | None = None
    times: int = 1
    after_processing: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {', '.join(KINDS)}")
        if not _is_int(self.status) or not 400 <= self.status <= 599:
            raise ValueError(f"status must be an integer 400-599, got {self.status!r}")
        if not _is_int(self.times) or self.times < 1:
            raise ValueError(f"times must be an integer >= 1, got {self.times!r}")
        if self.retry_after is not None and not isinstance(self.retry_after, str):
            raise ValueError(f"retry_after must be a string (a Retry-After header value), got {self.retry_after!r}")
        if not isinstance(self.after_processing, bool):
            raise ValueError(f"after_processing must be true or false, got {self.after_processing!r}")

    @classmethod
    def status_code(
        cls, status: int, *, times: int = 1, retry_after: str | None = None, after_processing: bool = False
    ) -> Fault:
        return cls("status", status=status, times=times, retry_after=retry_after, after_processing=after_processing)

    @classmethod
    def hang(cls, *, times: int = 1, after_processing: bool = False) -> Fault:
        return cls("hang", times=times, after_processing=after_processing)

    @classmethod
    def drop(cls, *, times: int = 1, after_processing: bool = False) -> Fault:
        return cls("drop", times=times, after_processing=after_processing)

    @classmethod
    def malformed(cls, *, times: int = 1) -> Fault:
        return cls("malformed", times=times, after_processing=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fault:
        """A fault from the admin endpoint's JSON fields (``kind`` required, the rest optional)."""
        allowed = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(map(repr, unknown))}; allowed: {', '.join(sorted(allowed))}")
        if "kind" not in data:
            raise ValueError(f"kind is required: one of {', '.join(KINDS)}")
        retry_after = data.get("retry_after")
        if _is_int(retry_after):  # seconds as a JSON number
            data = {**data, "retry_after": str(retry_after)}
        return cls(**data)


@dataclass
class FaultPlan:
    """The pending faults per operationId, and how many were injected."""

    # Every name an operation may be given by -> its operationId (``getAccountByIdV1`` and the
    # method name ``get_account_by_id_v1`` that help() shows); empty accepts any name.
    names: Mapping[str, str] = field(default_factory=dict)
    pending: dict[str, list[Fault]] = field(default_factory=dict)
    injected: Counter[str] = field(default_factory=Counter)

    def add(self, operation: str, fault: Fault) -> None:
        """Queue ``fault`` for ``operation`` (an operationId or its snake_case method name)."""
        if not isinstance(fault, Fault):
            raise TypeError(f"expected a Fault, got {type(fault).__name__}")
        operation_id = self.names.get(operation, operation if not self.names else None)
        if operation_id is None:
            close = difflib.get_close_matches(str(operation), list(self.names), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise ValueError(f"unknown operation {operation!r}: give an operationId or its method name{hint}")
        self.pending.setdefault(operation_id, []).append(fault)

    def clear(self) -> None:
        self.pending.clear()

    def take(self, operation_id: str) -> Fault | None:
        """The fault to apply to this request, if any (consuming one of its ``times``)."""
        queue = self.pending.get(operation_id)
        if not queue:
            return None
        fault = queue[0]
        fault.times -= 1
        if fault.times == 0:
            queue.pop(0)
        self.injected[operation_id] += 1
        return fault

    @property
    def total_injected(self) -> int:
        return sum(self.injected.values())
