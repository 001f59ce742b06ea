"""The one "not given" sentinel of every category, in a module that imports nothing (the facade's
import-time modules, such as pagination, check for it without loading the models' support)."""

from __future__ import annotations

from typing import Literal

__all__ = ["UNSET", "Unset"]


class Unset:
    """The type of ``UNSET``: a request field or argument that was not given (falsy, never sent)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
