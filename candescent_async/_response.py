"""The raw-response wrapper returned by ``with_raw_response`` calls."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx2

T = TypeVar("T")

__all__ = ["APIResponse"]


@dataclass(frozen=True, slots=True)
class APIResponse(Generic[T]):
    """The parsed value together with the HTTP exchange that produced it."""

    parsed: T
    http_response: httpx2.Response
    trace_id: str
    retries_taken: int

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content
