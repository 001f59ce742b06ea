"""The operation registry: per-operation facts compiled from the specs' x-candescent-* extensions.

Each generated category ships ``_operations.py`` (written by scripts/generate.py); this module
loads them lazily so importing the facade does not import any generated package.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, get_args

from ._errors import ValidationError

__all__ = ["CATEGORIES", "Operation", "get_operation", "spec_versions"]

# The registry's vocabulary (specs/README.md, "Vendor extensions"): defined here once; the generator
# (scripts/_registry_gen.py) checks the specs against these, and the table below is checked on load.
TokenKind = Literal["v2", "v1", "client-basic", "none"]
TraceHeader = Literal["transactionId", "correlationId", "di_tid"]
UserContext = Literal["required", "optional", "none"]
RetryClass = Literal["safe", "never"]
WireFormat = Literal["json", "xml"]
PagingStyle = Literal["odata-skip-top", "odata-groups", "page-number", "spring-page", "body-cursor", "keyset"]
# Parameters the facade may fill from the client's defaults (user and business context).
CONTEXT_PARAMS = frozenset({"hostUserId", "loginId", "institutionCustomerId"})

CATEGORIES: tuple[str, ...] = (
    "authentication",
    "customer_management",
    "core_banking",
    "business_banking",
    "money_movement",
    "alerts_notifications",
    "documents_preferences",
    "customer_campaigns",
    "mx",
)


@dataclass(frozen=True, slots=True)
class Operation:
    """What the transport needs to know about one operation."""

    category: str
    name: str
    operation_id: str
    method: str
    path: str
    token: TokenKind
    trace_header: TraceHeader
    user_context: UserContext
    retry: RetryClass
    wire_format: WireFormat
    pagination: Mapping[str, Any] | None
    context_params: Mapping[str, str]
    xml: Mapping[str, Any] | None
    # The 400 codes with which this operation's service refuses a bad or expired token (a 401 always does).
    token_refused: frozenset[str]
    _path_re: re.Pattern[str] = field(repr=False, compare=False)

    @property
    def retry_safe(self) -> bool:
        return self.retry == "safe"

    def check_url(self, url: str) -> None:
        """Refuse a URL that is not exactly this operation's path.

        Path parameters are percent-encoded by the generated code, so an id holding ``/``
        arrives here as ``%2F``: refused, as are ``.``/``..`` segments, empty ids and
        double-encoded dots or slashes, so a request can never reach another path than the one
        documented.
        """
        path = url.split("?", 1)[0]
        lowered = path.lower()
        bad_segment = any(seg in (".", "..", "%2e", "%2e%2e", ".%2e", "%2e.") for seg in lowered.split("/"))
        double_encoded = any(seq in lowered for seq in ("%252e", "%252f", "%255c"))  # for servers that decode twice
        if (
            bad_segment
            or double_encoded
            or "//" in path
            or "%2f" in lowered
            or "%5c" in lowered
            or not self._path_re.fullmatch(path)
        ):
            raise ValidationError(
                f"path parameters for {self.operation_id} do not form a valid {self.path} path "
                "(empty, '/', '\\' or dot segments are not allowed)",
                field="path",
            )


def _path_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    pattern = []
    for part in parts:
        if part.startswith("{"):
            # Resource paths (MX proxies) may span segments; any other parameter is one segment.
            pattern.append(r"[^?#]+" if part.lower().endswith("resourcepath}") else r"[^/?#]+")
        else:
            pattern.append(re.escape(part))
    return re.compile("".join(pattern))


_VOCABULARY: dict[str, Any] = {
    "token": TokenKind,
    "trace_header": TraceHeader,
    "user_context": UserContext,
    "retry": RetryClass,
    "wire_format": WireFormat,
}


@cache
def _category_table(category: str) -> Mapping[str, Operation]:
    module = importlib.import_module(f"_candescent_generated.{category}._operations")
    table: dict[str, Operation] = {}
    for name, raw in module.OPERATIONS.items():
        for key, kind in _VOCABULARY.items():
            if raw[key] not in get_args(kind):
                raise LookupError(f"{category}.{name}: {key} {raw[key]!r} is not one of {get_args(kind)}")
        table[name] = Operation(
            category=category,
            name=name,
            operation_id=raw["operation_id"],
            method=raw["method"],
            path=raw["path"],
            token=raw["token"],
            trace_header=raw["trace_header"],
            user_context=raw["user_context"],
            retry=raw["retry"],
            wire_format=raw["wire_format"],
            pagination=raw["pagination"],
            context_params=raw["context_params"],
            xml=raw["xml"],
            token_refused=frozenset(raw["token_refused"]),
            _path_re=_path_regex(raw["path"]),
        )
    return table


def get_operation(category: str, name: str) -> Operation:
    """The registry entry for ``category``'s operation ``name`` (its snake_case operationId)."""
    try:
        return _category_table(category)[name]
    except KeyError:
        raise LookupError(f"no operation {name!r} in category {category!r}") from None


@cache
def spec_versions() -> Mapping[str, str]:
    """Category -> the platform spec version its generated client was built from."""
    versions: dict[str, str] = {}
    for category in CATEGORIES:
        try:
            module = importlib.import_module(f"_candescent_generated.{category}._operations")
        except ImportError:
            continue
        versions[category] = module.SPEC_VERSION
    return versions
