"""The raw-response wrapper returned by ``with_raw_response`` calls."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

T = TypeVar("T")

__all__ = ["APIResponse"]


@dataclass(frozen=True, slots=True)
class APIResponse(Generic[T]):
    """The parsed value together with the HTTP exchange that produced it."""

    parsed: T
    http_response: httpx.Response
    trace_id: str
    retries_taken: int

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content
