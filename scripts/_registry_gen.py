"""Compile a spec's x-candescent-* extensions into the generated per-category operation table."""

from __future__ import annotations

import pprint
import sys
from pathlib import Path
from typing import Any, get_args

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# The vocabulary lives once, in the facade's registry; importing it loads no generated code.
from candescent_async._registry import (
    CONTEXT_PARAMS,
    PagingStyle,
    RetryClass,
    TokenKind,
    TraceHeader,
    UserContext,
    WireFormat,
)

TOKENS = set(get_args(TokenKind))
TRACE_HEADERS = set(get_args(TraceHeader))
USER_CONTEXT = set(get_args(UserContext))
RETRY = set(get_args(RetryClass))
PAGINATION_STYLES = set(get_args(PagingStyle))
WIRE_FORMATS = set(get_args(WireFormat))
METHODS = ("get", "put", "post", "delete", "patch")


class SpecError(ValueError):
    """A spec breaks the conventions in specs/README.md."""


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if not ref:
        return node
    target: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return _resolve(spec, target)


def _props(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    props = dict(node.get("properties") or {})
    for member in node.get("allOf") or []:
        props.update(_props(spec, _resolve(spec, member)))
    return props


def _kind(node: dict[str, Any]) -> str | None:
    kinds = node.get("type")
    kinds = [kinds] if isinstance(kinds, str) else [k for k in kinds or [] if k != "null"]
    return kinds[0] if len(kinds) == 1 and kinds[0] in ("boolean", "integer") else None


def xml_typed(spec: dict[str, Any], schema: Any, _seen: frozenset[int] = frozenset()) -> dict[str, Any]:
    """The boolean and integer leaves under an XML schema, by element name: ``{name: "boolean" | "integer" |
    {nested}}`` (a list takes its item's entry). XML carries no types: the facade converts these leaves before
    the generated models read the answer (they convert numbers and dates themselves). Alternatives (anyOf,
    oneOf) contribute every entry they agree on."""
    node = _resolve(spec, schema) if isinstance(schema, dict) else {}
    if id(node) in _seen:
        return {}
    seen = _seen | {id(node)}
    if node.get("type") == "array" or "items" in node:
        return xml_typed(spec, node.get("items") or {}, seen)
    typed: dict[str, Any] = {}
    for key, raw in _props(spec, node).items():
        target = _resolve(spec, raw)
        if target.get("type") == "array" or "items" in target:
            items = _resolve(spec, target.get("items") or {})
            name = (items.get("xml") or {}).get("name") or (target.get("xml") or {}).get("name") or key
            entry: Any = _kind(items) or xml_typed(spec, items, seen)
        else:
            name = (target.get("xml") or {}).get("name") or key
            entry = _kind(target) or xml_typed(spec, target, seen)
        if entry:
            typed[str(name)] = entry
    conflicts: set[str] = set()
    for key in ("anyOf", "oneOf"):
        for member in node.get(key) or []:
            for name, entry in xml_typed(spec, member, seen).items():
                if typed.setdefault(name, entry) != entry:
                    conflicts.add(name)
    return {name: entry for name, entry in typed.items() if name not in conflicts}


def _xml_hints(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    """x-candescent-xml, plus the typed leaves of the first 2xx XML answer (``typed``)."""
    hints = op.get("x-candescent-xml")
    if hints is None:
        return None
    for code, raw in sorted((op.get("responses") or {}).items()):
        response = _resolve(spec, raw)
        media = next((m for t, m in (response.get("content") or {}).items() if "xml" in t), None)
        if str(code).startswith("2") and media is not None:
            typed = xml_typed(spec, media.get("schema") or {})
            return {**hints, "typed": typed} if typed else dict(hints)
    return dict(hints)


def python_name(operation_id: str) -> str:
    """The generator's snake_case name for an operationId (module, method and registry key)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(operation_id, "field_"))


def operation_entries(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """python name -> the facade's facts about the operation, validated against the vocabulary."""
    ops: dict[str, dict[str, Any]] = {}
    for path, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            op_id = op.get("operationId")
            where = f"{method.upper()} {path}"
            if not op_id:
                raise SpecError(f"{where}: operationId is required")
            key = python_name(op_id)
            if key in ops:
                raise SpecError(f"{where}: duplicate operationId {op_id}")

            label = f"{where} ({op_id})"

            def ext(name: str, allowed: set[str], default: str | None = None, op: Any = op, label: str = label) -> str:
                value = op.get(f"x-candescent-{name}", default)
                if value not in allowed:
                    raise SpecError(f"{label}: x-candescent-{name}={value!r} not in {sorted(allowed)}")
                return str(value)

            context: dict[str, str] = {}
            for raw in [*shared, *op.get("parameters", [])]:
                param = _resolve(spec, raw)
                name, location = param.get("name"), param.get("in")
                if (
                    location == "header"
                    and name
                    and name.lower() in {"authorization", *(h.lower() for h in TRACE_HEADERS)}
                ):
                    raise SpecError(f"{where} ({op_id}): header {name} is injected by the facade, not a parameter")
                if name in CONTEXT_PARAMS:
                    context[name] = location
            pagination = op.get("x-candescent-pagination")
            if pagination is not None and (
                pagination.get("style") not in PAGINATION_STYLES or not pagination.get("items")
            ):
                raise SpecError(f"{where} ({op_id}): x-candescent-pagination needs style and items")
            token = ext("token", TOKENS)
            wire_format = ext("wire-format", WIRE_FORMATS, "json")
            refused = op.get("x-candescent-token-refused", [])
            if not isinstance(refused, list) or not all(isinstance(c, str) and c for c in refused):
                raise SpecError(f"{label}: x-candescent-token-refused must be a list of error codes")
            ops[key] = {
                "operation_id": op_id,
                "method": method.upper(),
                "path": path,
                "token": token,
                "trace_header": ext("trace-header", TRACE_HEADERS),
                "user_context": ext("user-context", USER_CONTEXT, "none"),
                "retry": ext("retry", RETRY),
                "wire_format": wire_format,
                "pagination": pagination,
                "context_params": context,
                "xml": _xml_hints(spec, op),
                "token_refused": sorted(refused),
            }
    return ops


def render_operations_module(category: str, spec: dict[str, Any]) -> str:
    ops = operation_entries(spec)
    body = pprint.pformat(ops, indent=1, width=110, sort_dicts=True)
    return (
        f'"""Operation registry for {category}: compiled from the x-candescent-* extensions of '
        f'specs/{category}.yaml."""\n\n'
        "from typing import Any\n\n"
        f"CATEGORY = {category!r}\n"
        f"SPEC_VERSION = {str(spec.get('info', {}).get('version', '')).strip()!r}\n\n"
        f"OPERATIONS: dict[str, dict[str, Any]] = {body}\n"
    )
