"""Breaking-change report between two versions of the platform API, per category.

Usage:

    python scripts/spec_diff.py OLD NEW [--acknowledge-breaking] [--json]

OLD and NEW are each a combined platform file (split and normalised as scripts/import_spec.py does),
a directory of our per-category specs (specs/), or one per-category spec file.

Reported per category, each classified breaking or not (for a caller of the previous generated
client, or a consumer of its models):

* operations added (no) / removed (yes) / moved to another path or method (yes) / to another
  category (yes: the method moves to another resource);
* parameters added (yes when required) / removed (yes) / made required (yes) / made optional (no) /
  serialised differently (``style``, ``explode``, ``allowReserved``: no);
* request bodies added (yes when required) / removed (yes) / made required (yes) / optional (no);
  content type changed (yes), another content type offered (no) or withdrawn (yes for a response);
* success responses added (no) / removed (yes) / body removed (yes) / content type changed (yes);
* request and response fields removed (yes), added (yes only when required in a request), made
  required in a request or optional in a response (yes), made optional in a request or required in
  a response (no), retyped (yes, unless a request type only widens or a response type only narrows);
* formats (``int32`` -> ``int64``; ``date``/``date-time``/``binary``/``byte``/``uuid`` count as
  types), constraints (``pattern``, lengths, bounds, ``multipleOf``, item counts) and ``default``
  values changed (no);
* enum values removed (yes) and added (no: the generated enums are open); an enum introduced (yes in
  a request) or dropped (no);
* the number of ``oneOf``/``anyOf`` alternatives of a schema changed (no; their fields are compared
  merged, as one shape).

* error statuses documented (no) or no longer documented (no); their bodies are not compared (the
  facade raises a typed error for every non-2xx, whatever its body).

Descriptions, examples and our x-candescent-* extensions are not compared. A change inside (or of)
an operation, parameter, response, schema or property that carries ``x-candescent-deviation`` on
either side is reported with that node's JSON pointer as ``declared`` (``--json``): a difference we
knowingly keep.

Exit codes: 0 no breaking change (or acknowledged); 1 breaking changes; 2 the inputs cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml
from import_spec import (
    CATEGORIES,
    METHODS,
    Unresolvable,
    deref,
    import_combined,
    load_yaml,
    upgrade_to_31,
)

INJECTED_HEADERS = {"authorization", "transactionid", "correlationid", "di_tid"}
MEANINGFUL_FORMATS = {"date", "date-time", "binary", "byte", "uuid"}
MAX_DEPTH = 25


@dataclass(frozen=True)
class Change:
    category: str
    operation: str
    kind: str
    detail: str
    breaking: bool
    declared: str = ""  # JSON pointer of the x-candescent-deviation that declares this difference


# ---------------------------------------------------------------------- loading


def load_categories(path: Path) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """category -> document, and warnings about operations that could not be read."""
    warnings: list[str] = []
    if path.is_dir():
        docs = {p.stem: load_yaml(p) for p in sorted(path.glob("*.yaml"))}
        if not docs:
            raise ValueError(f"{path}: no *.yaml specs")
    else:
        doc = load_yaml(path)
        if "x-tagGroups" in doc:
            docs, findings = import_combined(doc, path.name)
            warnings = [f"{path}: {f}" for f in findings if f.level == "error"]
            return docs, warnings
        docs = {path.stem: doc}
    for doc in docs.values():
        upgrade_to_31(doc)
    return docs, warnings


# ---------------------------------------------------------------------- schema helpers


def _operations(doc: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """operationId (or "METHOD path") -> (METHOD, path, operation, path item)."""
    ops: dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]] = {}
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            op = (item or {}).get(method)
            if isinstance(op, dict):
                key = str(op.get("operationId") or f"{method.upper()} {path}")
                ops[key] = (method.upper(), path, op, item)
    return ops


def _safe_deref(doc: dict[str, Any], node: Any) -> Any:
    try:
        return deref(doc, node)
    except Unresolvable:
        return {}


def _alternatives(doc: dict[str, Any], schema: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """The schema and, recursively, its allOf/anyOf/oneOf members (refs followed)."""
    schema = _safe_deref(doc, schema)
    if not isinstance(schema, dict) or depth > 8:
        return
    yield schema
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key) or []:
            yield from _alternatives(doc, sub, depth + 1)


def _types(doc: dict[str, Any], schema: Any) -> set[str]:
    tokens: set[str] = set()
    for alt in _alternatives(doc, schema):
        kind = alt.get("type")
        kinds = [kind] if isinstance(kind, str) else list(kind or [])
        if not kinds:
            if "properties" in alt:
                kinds = ["object"]
            elif "items" in alt:
                kinds = ["array"]
            elif "enum" in alt:
                kinds = sorted({_json_type(v) for v in alt["enum"]})
        fmt = alt.get("format")
        for k in kinds:
            tokens.add(f"string({fmt})" if k == "string" and fmt in MEANINGFUL_FORMATS else str(k))
    return tokens or {"any"}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string" if isinstance(value, str) else "object"


def _covers(wide: set[str], narrow: set[str]) -> bool:
    """Every type in ``narrow`` is accepted by ``wide`` (an integer is a number)."""
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _enum(doc: dict[str, Any], schema: Any) -> list[Any] | None:
    values: list[Any] = []
    found = False
    for alt in _alternatives(doc, schema):
        if isinstance(alt.get("enum"), list):
            found = True
            values += [v for v in alt["enum"] if v is not None and v not in values]
    return values if found else None


def _props(doc: dict[str, Any], schema: Any, direction: str) -> tuple[dict[str, Any], set[str]]:
    """Properties (allOf/anyOf/oneOf merged) a request sends or a response carries, and the required ones."""
    props: dict[str, Any] = {}
    required: set[str] = set()
    skip = "readOnly" if direction == "request" else "writeOnly"
    for alt in _alternatives(doc, schema):
        for name, sub in (alt.get("properties") or {}).items():
            if _safe_deref(doc, sub).get(skip):
                continue
            # allOf applies every member: an empty override ({} or words only) adds nothing to the
            # member that types the property.
            if str(name) not in props or _unconstrained(doc, props[str(name)]):
                props[str(name)] = sub
        required |= {str(r) for r in alt.get("required") or []}
    return props, required & set(props)


def _unconstrained(doc: dict[str, Any], schema: Any) -> bool:
    node = _safe_deref(doc, schema)
    return isinstance(node, dict) and not [
        k for k in node if k not in ("description", "title") and not k.startswith("x-")
    ]


def _items(doc: dict[str, Any], schema: Any) -> Any:
    for alt in _alternatives(doc, schema):
        if "items" in alt:
            return alt["items"]
    return None


def _keyword(doc: dict[str, Any], schema: Any, keyword: str) -> list[Any]:
    """The values of ``keyword`` over the schema and its allOf/anyOf/oneOf members (order kept)."""
    values: list[Any] = []
    for alt in _alternatives(doc, schema):
        if keyword in alt and alt[keyword] not in values:
            values.append(alt[keyword])
    return values


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "|".join(map(str, value)) if value else "(none)"
    return "(none)" if value is None else str(value)


# ---------------------------------------------------------------------- comparison


DEVIATION = "x-candescent-deviation"
CONSTRAINTS = (
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
)


def deviation_markers(doc: dict[str, Any]) -> dict[int, tuple[str, str]]:
    """id(node) -> (JSON pointer, reason) of every node carrying ``x-candescent-deviation``."""
    found: dict[int, tuple[str, str]] = {}

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            if DEVIATION in node:
                found[id(node)] = (pointer or "#", str(node[DEVIATION]))
            for key, value in node.items():
                if not str(key).startswith("x-"):
                    walk(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{pointer}/{index}")

    walk(doc, "#")
    return found


class _OperationDiff:
    def __init__(
        self,
        category: str,
        operation: str,
        old_doc: dict[str, Any],
        new_doc: dict[str, Any],
        markers: dict[int, tuple[str, str]] | None = None,
    ) -> None:
        self.category, self.operation = category, operation
        self.old_doc, self.new_doc = old_doc, new_doc
        self.changes: list[Change] = []
        self.markers = markers if markers is not None else {}
        self.declared = ""  # pointer of the innermost x-candescent-deviation enclosing the comparison

    def add(self, kind: str, detail: str, breaking: bool, declared: str | None = None) -> None:
        where = self.declared if declared is None else declared
        self.changes.append(Change(self.category, self.operation, kind, detail, breaking, where))

    def _marker(self, *nodes: Any) -> str:
        """The deviation declared on any of ``nodes`` (raw or dereferenced), else the enclosing one."""
        for node in nodes:
            for candidate in (node, _safe_deref(self.old_doc, node), _safe_deref(self.new_doc, node)):
                if isinstance(candidate, dict) and id(candidate) in self.markers:
                    return self.markers[id(candidate)][0]
        return self.declared

    @contextmanager
    def within(self, *nodes: Any) -> Iterator[None]:
        saved = self.declared
        self.declared = self._marker(*nodes)
        try:
            yield
        finally:
            self.declared = saved

    def schema(self, prefix: str, direction: str, label: str, old: Any, new: Any, field: str = "") -> None:
        """Compare two schemas: ``direction`` is "request" (callers send it) or "response" (they read it)."""
        self._schema(prefix, direction, label, old, new, field, set(), 0)

    def _schema(
        self,
        prefix: str,
        direction: str,
        label: str,
        old: Any,
        new: Any,
        field: str,
        seen: set[tuple[int, int]],
        depth: int,
    ) -> None:
        o, n = _safe_deref(self.old_doc, old), _safe_deref(self.new_doc, new)
        if not isinstance(o, dict) or not isinstance(n, dict) or depth > MAX_DEPTH or (id(o), id(n)) in seen:
            return
        with self.within(old, new):
            self._compare_schema(prefix, direction, label, o, n, field, seen | {(id(o), id(n))}, depth)

    def _compare_schema(
        self,
        prefix: str,
        direction: str,
        label: str,
        o: dict[str, Any],
        n: dict[str, Any],
        field: str,
        seen: set[tuple[int, int]],
        depth: int,
    ) -> None:
        where = f"{label} {field}".strip() if field else label
        old_types, new_types = _types(self.old_doc, o), _types(self.new_doc, n)
        if "any" not in old_types and "any" not in new_types and old_types != new_types:
            if direction == "request":
                breaking = not _covers(new_types, old_types)
            else:
                breaking = not _covers(old_types, new_types)
            self.add(
                f"{prefix}-retyped",
                f"{where}: {'|'.join(sorted(old_types))} -> {'|'.join(sorted(new_types))}",
                breaking,
            )
        else:
            old_formats, new_formats = _keyword(self.old_doc, o, "format"), _keyword(self.new_doc, n, "format")
            if old_formats != new_formats:
                self.add(f"{prefix}-format-changed", f"{where}: {_show(old_formats)} -> {_show(new_formats)}", False)
        for keyword in ("oneOf", "anyOf"):
            before, after = len(o.get(keyword) or []), len(n.get(keyword) or [])
            if before != after:
                # The fields are compared merged; how they are split into alternatives is compared here.
                self.add(
                    f"{prefix}-alternatives-changed",
                    f"{where}: {keyword} {before or '(none)'} -> {after or '(none)'}",
                    False,
                )
        for keyword in (*CONSTRAINTS, "default"):
            before, after = _keyword(self.old_doc, o, keyword), _keyword(self.new_doc, n, keyword)
            if before != after:
                kind = "default-changed" if keyword == "default" else "constraint-changed"
                self.add(f"{prefix}-{kind}", f"{where}: {keyword} {_show(before)} -> {_show(after)}", False)
        old_enum, new_enum = _enum(self.old_doc, o), _enum(self.new_doc, n)
        if old_enum is not None and new_enum is not None:
            removed = [v for v in old_enum if v not in new_enum]
            added = [v for v in new_enum if v not in old_enum]
            if removed:
                self.add(f"{prefix}-enum-value-removed", f"{where}: {', '.join(map(str, removed))}", True)
            if added:
                self.add(f"{prefix}-enum-value-added", f"{where}: {', '.join(map(str, added))}", False)
        elif old_enum is None and new_enum is not None:
            # A closed set where any value went: a caller's other values are refused (requests).
            self.add(f"{prefix}-enum-added", f"{where}: {', '.join(map(str, new_enum))}", direction == "request")
        elif old_enum is not None and new_enum is None:
            self.add(f"{prefix}-enum-dropped", f"{where}: {', '.join(map(str, old_enum))}", False)
        field_kind = "request-field" if direction == "request" else "response-field"
        old_props, old_required = _props(self.old_doc, o, direction)
        new_props, new_required = _props(self.new_doc, n, direction)
        for name in old_props:
            path = f"{field}.{name}" if field else name
            declared = self._marker(old_props[name], new_props.get(name))
            if name not in new_props:
                self.add(f"{field_kind}-removed", f"{label} {path}", True, declared)
                continue
            if name in new_required and name not in old_required:
                self.add(f"{field_kind}-made-required", f"{label} {path}", direction == "request", declared)
            if name in old_required and name not in new_required:
                self.add(f"{field_kind}-made-optional", f"{label} {path}", direction == "response", declared)
            self._schema(field_kind, direction, label, old_props[name], new_props[name], path, seen, depth + 1)
        for name in new_props:
            if name not in old_props:
                path = f"{field}.{name}" if field else name
                required = direction == "request" and name in new_required
                kind = f"{field_kind}-added{'-required' if required else ''}"
                self.add(kind, f"{label} {path}", required, self._marker(new_props[name]))
        old_items, new_items = _items(self.old_doc, o), _items(self.new_doc, n)
        if old_items is not None and new_items is not None:
            kind = prefix if prefix == "parameter" else field_kind
            self._schema(kind, direction, label, old_items, new_items, f"{field}[]", seen, depth + 1)

    def parameters(
        self, old_op: dict[str, Any], old_item: dict[str, Any], new_op: dict[str, Any], new_item: dict[str, Any]
    ) -> None:
        old_params = self._params(self.old_doc, old_item, old_op)
        new_params = self._params(self.new_doc, new_item, new_op)
        for key, param in old_params.items():
            label = f"{key[0]} {key[1]}"
            with self.within(param):
                if key not in new_params:
                    self.add("parameter-removed", label, True)
                    continue
                other = new_params[key]
                if other.get("required") and not param.get("required"):
                    self.add("parameter-made-required", label, True)
                elif param.get("required") and not other.get("required"):
                    self.add("parameter-made-optional", label, False)
                for keyword in ("style", "explode", "allowReserved"):
                    if param.get(keyword) != other.get(keyword):
                        before, after = _show(param.get(keyword)), _show(other.get(keyword))
                        self.add("parameter-serialisation-changed", f"{label}: {keyword} {before} -> {after}", False)
                self.schema("parameter", "request", label, param.get("schema") or {}, other.get("schema") or {})
        for key, param in new_params.items():
            if key not in old_params:
                required = bool(param.get("required"))
                self.add(f"parameter-added{'-required' if required else ''}", f"{key[0]} {key[1]}", required)

    @staticmethod
    def _params(doc: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        params: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = _safe_deref(doc, raw)
            if not isinstance(param, dict) or not param.get("name"):
                continue
            location, name = str(param.get("in")), str(param["name"])
            if location == "header" and name.lower() in INJECTED_HEADERS:
                continue
            params[(location, name)] = param
        return params

    def request_body(self, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        old = _safe_deref(self.old_doc, old_op.get("requestBody")) if "requestBody" in old_op else None
        new = _safe_deref(self.new_doc, new_op.get("requestBody")) if "requestBody" in new_op else None
        if old is None and new is None:
            return
        with self.within(old_op.get("requestBody"), new_op.get("requestBody")):
            if old is None:
                required = bool(new and new.get("required"))
                self.add(f"request-body-added{'-required' if required else ''}", "request body", required)
                return
            if new is None:
                self.add("request-body-removed", "request body", True)
                return
            if new.get("required") and not old.get("required"):
                self.add("request-body-made-required", "request body", True)
            elif old.get("required") and not new.get("required"):
                self.add("request-body-made-optional", "request body", False)
            self._content("request", "request", old.get("content") or {}, new.get("content") or {})

    def responses(self, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        old_raw, new_raw = old_op.get("responses") or {}, new_op.get("responses") or {}
        old = {str(c): _safe_deref(self.old_doc, r) for c, r in old_raw.items()}
        new = {str(c): _safe_deref(self.new_doc, r) for c, r in new_raw.items()}
        for code in sorted(c for c in old if c.startswith("2")):
            raw = next((r for c, r in old_raw.items() if str(c) == code), None)
            with self.within(raw, next((r for c, r in new_raw.items() if str(c) == code), None)):
                if code not in new:
                    self.add("response-removed", code, True)
                    continue
                old_content, new_content = old[code].get("content") or {}, new[code].get("content") or {}
                if old_content and not new_content:
                    self.add("response-body-removed", code, True)
                elif new_content and not old_content:
                    self.add("response-body-added", code, False)
                elif old_content:
                    self._content("response", code, old_content, new_content)
        for code in sorted(c for c in new if c.startswith("2") and c not in old):
            self.add("response-added", code, False)
        # Error statuses: which ones are documented (their bodies are not compared: the facade raises a
        # typed error for any non-2xx, whatever its body).
        for code in sorted(c for c in old if not c.startswith("2") and c not in new):
            with self.within(next((r for c, r in old_raw.items() if str(c) == code), None)):
                self.add("error-response-removed", code, False)
        for code in sorted(c for c in new if not c.startswith("2") and c not in old):
            with self.within(next((r for c, r in new_raw.items() if str(c) == code), None)):
                self.add("error-response-added", code, False)

    def _content(self, direction: str, label: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_type, new_type = next(iter(old)), next(iter(new))
        with self.within(old[old_type], new[new_type]):
            if old_type != new_type:
                self.add(f"{direction}-content-type-changed", f"{label}: {old_type} -> {new_type}", True)
            for extra in [t for t in old if t not in new and t != old_type]:
                self.add(f"{direction}-content-type-removed", f"{label}: {extra}", direction == "response")
            for extra in [t for t in new if t not in old and t != new_type]:
                self.add(f"{direction}-content-type-added", f"{label}: {extra}", False)
            prefix = "request-body" if direction == "request" else "response-body"
            self.schema(
                prefix,
                direction,
                f"{label} {new_type}",
                (old[old_type] or {}).get("schema") or {},
                (new[new_type] or {}).get("schema") or {},
            )


def diff_categories(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[Change]:
    """Every change between two sets of per-category documents.

    A change inside (or of) a node carrying ``x-candescent-deviation`` on either side is marked
    ``declared`` with that node's JSON pointer (scripts/check_contract.py counts those as deviations).
    """
    changes: list[Change] = []
    old_ops = {cat: _operations(doc) for cat, doc in old.items()}
    new_ops = {cat: _operations(doc) for cat, doc in new.items()}
    old_home = {op_id: cat for cat, ops in old_ops.items() for op_id in ops}
    new_home = {op_id: cat for cat, ops in new_ops.items() for op_id in ops}
    markers = {cat: deviation_markers(doc) for cat, doc in old.items()}
    for cat, doc in new.items():
        markers.setdefault(cat, {}).update(deviation_markers(doc))
    for cat in _category_order(old, new):
        before, after = old_ops.get(cat, {}), new_ops.get(cat, {})
        for op_id, (method, path, op, _) in before.items():
            if op_id not in after and op_id not in new_home:
                declared = markers.get(cat, {}).get(id(op), ("", ""))[0]
                changes.append(Change(cat, op_id, "operation-removed", f"{method} {path}", True, declared))
        for op_id, (method, path, op, item) in after.items():
            if op_id in before:
                source_cat = cat
            elif op_id in old_home:
                source_cat = old_home[op_id]
                changes.append(Change(cat, op_id, "operation-recategorised", f"moved here from {source_cat}", True))
            else:
                changes.append(Change(cat, op_id, "operation-added", f"{method} {path}", False))
                continue
            old_method, old_path, old_op, old_item = old_ops[source_cat][op_id]
            diff = _OperationDiff(
                cat, op_id, old[source_cat], new[cat], {**markers.get(source_cat, {}), **markers.get(cat, {})}
            )
            with diff.within(old_op, op):
                if (old_method, old_path) != (method, path):
                    diff.add("operation-moved", f"{old_method} {old_path} -> {method} {path}", True)
                diff.parameters(old_op, old_item, op, item)
                diff.request_body(old_op, op)
                diff.responses(old_op, op)
            changes += diff.changes
    return changes


def _category_order(*sides: dict[str, Any]) -> list[str]:
    names = {c for side in sides for c in side}
    return [c for c in CATEGORIES if c in names] + sorted(names - set(CATEGORIES))


# ---------------------------------------------------------------------- output


def _version(doc: dict[str, Any] | None) -> str:
    return str(((doc or {}).get("info") or {}).get("version", "-"))


def format_report(
    changes: list[Change],
    old: dict[str, dict[str, Any]],
    new: dict[str, dict[str, Any]],
    old_label: str,
    new_label: str,
) -> str:
    lines = [f"Spec diff: {old_label} -> {new_label}"]
    for cat in _category_order(old, new):
        mine = [c for c in changes if c.category == cat]
        state = "" if cat in old and cat in new else (" (new category)" if cat in new else " (category removed)")
        versions = f"{_version(old.get(cat))} -> {_version(new.get(cat))}"
        if not mine:
            lines.append(f"  {cat} ({versions}){state}: no changes")
            continue
        breaking = sum(c.breaking for c in mine)
        lines.append(f"  {cat} ({versions}){state}: {breaking} breaking, {len(mine) - breaking} other")
        for c in sorted(mine, key=lambda c: (not c.breaking, c.operation, c.kind, c.detail)):
            flag = "BREAKING" if c.breaking else "        "
            declared = f" (declared deviation {c.declared})" if c.declared else ""
            lines.append(f"    {flag} {c.operation}: {c.kind}: {c.detail}{declared}")
    total = sum(c.breaking for c in changes)
    lines.append(f"Total: {total} breaking, {len(changes) - total} non-breaking change(s).")
    if total:
        lines.append("Breaking changes need a major version bump and a 'Changed'/'Removed' CHANGELOG entry.")
    return "\n".join(lines)


def to_json(
    changes: list[Change], old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]], acknowledged: bool
) -> dict[str, Any]:
    return {
        "categories": {
            cat: {
                "old_version": _version(old.get(cat)) if cat in old else None,
                "new_version": _version(new.get(cat)) if cat in new else None,
                "changes": [
                    {k: v for k, v in asdict(c).items() if k != "category"} for c in changes if c.category == cat
                ],
            }
            for cat in _category_order(old, new)
        },
        "breaking": sum(c.breaking for c in changes),
        "non_breaking": sum(not c.breaking for c in changes),
        "acknowledged": acknowledged,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="combined spec file, specs/ directory or one category spec")
    parser.add_argument("new", type=Path, help="combined spec file, specs/ directory or one category spec")
    parser.add_argument("--acknowledge-breaking", action="store_true", help="exit 0 even with breaking changes")
    parser.add_argument("--json", action="store_true", help="machine-readable report on stdout")
    args = parser.parse_args(argv)
    try:
        old, old_warnings = load_categories(args.old)
        new, new_warnings = load_categories(args.new)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"cannot read the specs: {exc}", file=sys.stderr)
        return 2
    for warning in old_warnings + new_warnings:
        print(f"warning (left out of the diff): {warning}", file=sys.stderr)
    changes = diff_categories(old, new)
    if args.json:
        print(json.dumps(to_json(changes, old, new, args.acknowledge_breaking), indent=2))
    else:
        print(format_report(changes, old, new, str(args.old), str(args.new)))
    breaking = any(c.breaking for c in changes)
    return 1 if breaking and not args.acknowledge_breaking else 0


if __name__ == "__main__":
    sys.exit(main())
