"""Fault injection: make chosen operations fail N times, then recover.

Use ``Sandbox.faults.add("getAccountByIdV1", Fault.status(503, times=2))`` in-process, or
``POST /_sandbox/faults`` with ``{"operation": ..., "kind": ..., ...}`` against a served sandbox.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

FaultKind = Literal["status", "hang", "drop", "malformed"]


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
    def from_dict(cls, data: dict[str, Any]) -> Fault:
        return cls(
            kind=data["kind"],
            status=int(data.get("status", 503)),
            retry_after=data.get("retry_after"),
            times=int(data.get("times", 1)),
            after_processing=bool(data.get("after_processing", False)),
        )


@dataclass
class FaultPlan:
    """The pending faults per operationId, and how many were injected."""

    pending: dict[str, list[Fault]] = field(default_factory=dict)
    injected: Counter[str] = field(default_factory=Counter)

    def add(self, operation_id: str, fault: Fault) -> None:
        if fault.times < 1:
            raise ValueError("times must be >= 1")
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
