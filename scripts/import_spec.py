"""Split the platform's combined OpenAPI description into specs/<category>.yaml, normalised for our generator.

Usage:

    python scripts/import_spec.py path/to/candescent-di-api.yaml [--out specs/] [--acknowledge-breaking]
                                  [--only CATEGORY ...]

The platform publishes one file whose tags are grouped into our nine categories by ``x-tagGroups``.
This script writes one OpenAPI 3.1 file per category (only the components each category references)
and applies the conventions of specs/README.md:

* explicit ``Authorization`` header parameters become ``x-candescent-token`` (``client-basic``, ``v1``,
  ``v2`` or ``none``), from the parameter's component name, description or pattern, then the
  operation's security, then (marked as inferred) the legacy FI-scoped path shape;
* trace-header parameters (``transactionId``, ``correlationId``, ``di_tid``) become
  ``x-candescent-trace-header``; ``hostUserId`` / ``loginId`` (with the platform's
  ``x-conditionally-required`` / ``x-mutually-exclusive``, which are kept) become
  ``x-candescent-user-context``;
* dangling security references that differ only in case (the platform's ``bearerAuth``) are repaired;
* OpenAPI 3.0.x input is converted to 3.1 (``nullable``, boolean ``exclusiveMinimum/Maximum``,
  schema ``example``); servers become our three; ``info.version`` is kept;
* one content type per body: XML-first operations get ``x-candescent-wire-format: xml`` and
  ``x-candescent-xml`` (roots, repeated elements), the others keep JSON; 204 bodies are dropped;
  multipart file parts get ``format: binary``;
* XML arrays: a named array component (``Subscriptions``: items ``Subscription``) is a root element
  holding repeated item elements. An *unnamed* array (no component, no ``xml.name``: the platform's
  ``sendCustomerEventV1`` body, an array of ``Events``) is one item document per call: an XML
  document has exactly one root element, so ``<Events><Event/>...</Events>`` is the only well-formed
  reading; the body becomes the item schema and the operation says so in ``x-candescent-inferred``;
* an operation declaring an ``Accept`` header (the MX proxies) gets ``x-candescent-media-types``:
  the media types the platform lists for its answers (``accept``) and, when it also declares
  ``Content-Type``, for its request body (``content_type``), first listed first (the default the
  generated method uses; the caller may pick another listed one);
* headers the transport sets (Content-Type, User-Agent, Cache-Control, Accept on XML operations) are
  not declared; uuid/date header formats are dropped (the generator mishandles them);
* ``x-candescent-retry``: GET/HEAD ``safe``, everything else ``never`` unless the platform marks the
  operation ``x-idempotent: true`` (or our spec says ``safe``, below). Prose is never read for it: a
  description saying "idempotent" (or "isn't idempotent") changes nothing;
* ``x-candescent-pagination`` is inferred from the parameter patterns of specs/README.md;
* ``type: number`` with ``format: integer`` (or int32/int64) is ``type: integer``: the platform's
  own format says the number is whole (the transfer schedule's days and counts);
* a schema extending another by ``allOf: [Base]`` beside ``properties`` (the inherited ones
  re-listed as empty ``{}`` overrides) becomes ``allOf: [Base, {type: object, properties: <the
  additions>}]``: the same schema, spelled so the generator keeps the additions;
* a schema that is only ``allOf: [Base]`` (an alias) is dropped and its references point at ``Base``
  (the generator duplicates Base's inline models under an alias);
* a header parameter's blank default (``' '``) is dropped: the generator would send it on every call
  and no HTTP client sends a blank field value;
* the platform's prose is stripped: every ``summary``, ``description``, ``example(s)`` and
  ``externalDocs`` (a Response Object keeps an empty ``description``, which OpenAPI requires), and
  tag descriptions. Its prose is not ours to copy.

* properties named like credentials (``KNOWN_CREDENTIALS``: ``password``, ``access_token``,
  ``tinNumber``, ...) get ``x-candescent-secret: true`` unless already marked secret.

Where the target spec already exists, what is ours is carried over onto the import (and reported):
every ``x-candescent-*`` extension (on operations, parameters, schemas and properties; ours win over
the inferred ones, XML list names are merged), every ``summary``/``description`` (our own words),
tag descriptions and ``x-candescent-generator-allow``. A node of the existing spec that carries
``x-candescent-deviation: <why, with the evidence>`` (an operation, a parameter, a schema or a
property) is kept whole in place of the platform's (added back if the platform lacks it, with the
components it references; a deviating property's required flag follows our spec). So importing the
same platform file over specs/ reproduces specs/ byte for byte, and scripts/check_contract.py can tell
a declared deviation from drift.

Anything the script cannot handle (an operation in no tag group, an unknown auth scheme, a missing
operationId, an unresolvable ``$ref``, ...) is reported by operation and nothing is written.
Before overwriting existing specs it prints the spec diff (scripts/spec_diff.py) of old vs new.

Exit codes: 0 written; 1 breaking changes not acknowledged (nothing written); 2 problems found
(nothing written) or bad input.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

CATEGORIES = (
    "authentication",
    "customer-management",
    "core-banking",
    "business-banking",
    "money-movement",
    "alerts-notifications",
    "documents-preferences",
    "customer-campaigns",
    "mx",
)
SERVERS = [
    {"url": "https://api.sandbox.candescent.com", "description": "Sandbox"},
    {"url": "https://api.stage.candescent.com", "description": "Stage"},
    {"url": "https://api.candescent.com", "description": "Production"},
]
SECURITY_SCHEMES = {
    "BearerAuth": {"type": "http", "scheme": "bearer"},
    "ClientAuthBasic": {"type": "http", "scheme": "basic"},
}
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
TRACE_HEADERS = {"transactionid": "transactionId", "correlationid": "correlationId", "di_tid": "di_tid"}
USER_PARAMS = ("hostUserId", "loginId")
TRANSPORT_HEADERS = {"content-type", "user-agent", "cache-control"}
# Property names that are credentials wherever they appear: the import marks each one
# `x-candescent-secret: true` (the models keep it out of repr()), and `make generate` refuses a spec
# that leaves one unmarked. Other secrets (the OAuth `code`, a name that elsewhere is an error code)
# are marked in specs/ by hand and carried over on re-import.
KNOWN_CREDENTIALS = frozenset(
    {"password", "hostPassword", "client_secret", "access_token", "refresh_token", "id_token", "token"}
    | {"otp", "passCode", "pin", "ssn", "tinNumber"}
)
HEADER_FORMATS_DROPPED = {"uuid", "date", "date-time"}
# The legacy FI-scoped APIs (/bankingservices/v2/fis/{..}, /subscriptions/v1/fis/{..}, ...) take V1 tokens.
LEGACY_PATH = re.compile(r"/fis/\{")
MX_PATH_NOTE = (
    "The resource path spans several segments; the generated code keeps its '/' unescaped (path "
    "parameters named ...ResourcePath are quoted with safe='/'), and the facade refuses '.', '..' and "
    "empty segments."
)
OP_KEY_ORDER = ("tags", "operationId", "summary", "description", "deprecated", "security")
EXTENSION_ORDER = tuple(
    f"x-candescent-{name}"
    for name in (
        "token",
        "trace-header",
        "user-context",
        "retry",
        "pagination",
        "wire-format",
        "xml",
        "media-types",
        "generator",
        "inferred",
    )
)


def category_slug(group: str) -> str:
    """``Alerts And Notifications`` -> ``alerts-notifications`` (our file names)."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", group.lower()) if w and w != "and"]
    return "-".join(words)


@dataclass(frozen=True)
class Finding:
    level: str  # "error" (nothing is written), "warning" (an inference to review) or "info"
    where: str  # "METHOD /path (operationId)" or a document-level location
    message: str
    category: str = ""

    def __str__(self) -> str:
        cat = f"[{self.category}] " if self.category else ""
        return f"{self.level.upper():8} {cat}{self.where}: {self.message}"


class Unresolvable(LookupError):
    pass


# ---------------------------------------------------------------------- OpenAPI 3.0 -> 3.1

_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_ONE = (
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


def _upgrade_schema(schema: dict[str, Any]) -> None:
    """Convert one Schema Object (3.0 keywords) to 3.1 in place, then its sub-schemas."""
    if schema.pop("nullable", False) is True:
        kind = schema.get("type")
        if isinstance(kind, str):
            schema["type"] = [kind, "null"]
        elif isinstance(kind, list):
            if "null" not in kind:
                kind.append("null")
        elif isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
            schema["anyOf"] = [schema.pop("allOf")[0], {"type": "null"}]
        elif "$ref" in schema:
            schema["anyOf"] = [{"$ref": schema.pop("$ref")}, {"type": "null"}]
        else:
            alternatives = [{k: schema.pop(k) for k in list(schema) if k in ("oneOf", "anyOf", "allOf")}]
            schema["anyOf"] = [*[a for a in alternatives if a], {"type": "null"}]
        if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
            schema["enum"].append(None)
    for bound in ("Minimum", "Maximum"):
        flag = schema.get(f"exclusive{bound}")
        if isinstance(flag, bool):
            del schema[f"exclusive{bound}"]
            if flag and bound.lower() in schema:
                schema[f"exclusive{bound}"] = schema.pop(bound.lower())
    if "example" in schema:
        example = schema.pop("example")
        schema.setdefault("examples", [example])
    for key in _SCHEMA_MAPS:
        if isinstance(schema.get(key), dict):
            for sub in schema[key].values():
                if isinstance(sub, dict):
                    _upgrade_schema(sub)
    for key in _SCHEMA_ONE:
        if isinstance(schema.get(key), dict):
            _upgrade_schema(schema[key])
    for key in _SCHEMA_LISTS:
        if isinstance(schema.get(key), list):
            for sub in schema[key]:
                if isinstance(sub, dict):
                    _upgrade_schema(sub)


def _upgrade_node(node: Any) -> None:
    """Find every Schema Object outside schemas (under a ``schema`` key) and upgrade it."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key.startswith("x-") or key in ("example", "examples"):
                continue
            if key == "schema" and isinstance(value, dict):
                _upgrade_schema(value)
            else:
                _upgrade_node(value)
    elif isinstance(node, list):
        for item in node:
            _upgrade_node(item)


def upgrade_to_31(doc: dict[str, Any]) -> str:
    """Convert an OpenAPI 3.0.x document to 3.1 in place; return the input version."""
    version = str(doc.get("openapi", ""))
    if not re.match(r"3\.[01]\.\d+$", version):
        raise ValueError(f"openapi {version or '(missing)'} is not supported: 3.0.x or 3.1.x only")
    for schema in (doc.get("components", {}).get("schemas") or {}).values():
        if isinstance(schema, dict):
            _upgrade_schema(schema)
    _upgrade_node({k: v for k, v in doc.items() if k != "components"})
    _upgrade_node({k: v for k, v in (doc.get("components") or {}).items() if k != "schemas"})
    doc["openapi"] = "3.1.0"
    return version


# ---------------------------------------------------------------------- allOf with sibling properties


def _unconstrained(schema: Any) -> bool:
    """A schema that adds nothing ({} or only words/extensions)."""
    return isinstance(schema, dict) and not [
        k for k in schema if k not in (*PROSE_KEYS, *EXAMPLE_KEYS, "title") and not str(k).startswith("x-")
    ]


def normalise_allof(node: Any) -> None:
    """``allOf: [A]`` beside ``properties`` becomes ``allOf: [A, {type: object, properties}]``, in place.

    The platform extends a schema that way, re-listing the inherited properties as empty overrides
    (``name: {}``). Both spellings mean the same (every allOf member and the siblings apply; an empty
    schema adds nothing), but the generator reads a lone ``allOf`` reference as "exactly that schema"
    and drops the siblings. So the empty overrides go and the real additions become a second member.
    """
    if isinstance(node, list):
        for item in node:
            normalise_allof(item)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if not str(key).startswith("x-") and key not in OPAQUE_KEYS:
            normalise_allof(value)
    members, props = node.get("allOf"), node.get("properties")
    if isinstance(members, list) and members and isinstance(props, dict):
        added = {name: sub for name, sub in props.items() if not _unconstrained(sub)}
        del node["properties"]
        if added:
            members.append({"type": "object", "properties": added})


def normalise_integer_numbers(node: Any) -> None:
    """``type: number`` with ``format: integer`` (the platform's transfer schedule counts and days)
    is an integer: it becomes ``type: integer`` (the format word goes; int32/int64 stay), in place."""
    if isinstance(node, list):
        for item in node:
            normalise_integer_numbers(item)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if not str(key).startswith("x-") and key not in OPAQUE_KEYS:
            normalise_integer_numbers(value)
    if node.get("type") == "number" and node.get("format") in ("integer", "int32", "int64"):
        node["type"] = "integer"
        if node["format"] == "integer":
            del node["format"]


def inline_aliases(doc: dict[str, Any]) -> list[str]:
    """A schema component that is only ``allOf: [<one $ref>]`` (an alias: the same schema under
    another name) is replaced by that reference wherever it is used, in place; returns the aliases.

    The generator cannot process such an alias of a schema with inline objects (it makes the
    inline models twice: ``InstitutionUserSubUser`` of ``InstitutionUser``), while the reference
    itself, even a recursive one, is fine. The meaning is unchanged.
    """
    schemas = (doc.get("components") or {}).get("schemas") or {}
    targets: dict[str, str] = {}
    for name, schema in schemas.items():
        members = schema.get("allOf") if isinstance(schema, dict) else None
        if (
            isinstance(members, list)
            and len(members) == 1
            and isinstance(members[0], dict)
            and set(members[0]) == {"$ref"}
            and not set(schema) - {"type", "allOf", *PROSE_KEYS, *EXAMPLE_KEYS, "title"}
        ):
            targets[f"#/components/schemas/{name}"] = str(members[0]["$ref"])

    def final(ref: str) -> str:
        seen = {ref}
        while ref in targets and targets[ref] not in seen:
            ref = targets[ref]
            seen.add(ref)
        return ref

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str) and node["$ref"] in targets:
                node["$ref"] = final(node["$ref"])
            for key, value in node.items():
                if not str(key).startswith("x-") and key not in OPAQUE_KEYS:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for ref in targets:
        del schemas[ref.rsplit("/", 1)[-1]]
    walk(doc)
    return [ref.rsplit("/", 1)[-1] for ref in targets]


# ---------------------------------------------------------------------- references


def iter_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for key, value in node.items():
            if key != "$ref":
                yield from iter_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from iter_refs(item)


def resolve_pointer(doc: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise Unresolvable(f"external $ref {ref!r} is not supported (specs must be self-contained)")
    target: Any = doc
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(target, dict) and part in target:
            target = target[part]
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            raise Unresolvable(f"unresolvable $ref {ref!r}")
    return target


def deref(doc: dict[str, Any], node: Any, _seen: frozenset[str] = frozenset()) -> Any:
    """Follow ``$ref`` chains (not into sub-nodes)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in _seen:
            raise Unresolvable(f"circular $ref {ref!r}")
        _seen = _seen | {ref}
        node = resolve_pointer(doc, ref)
    return node


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def component_closure(doc: dict[str, Any], roots: Any) -> tuple[set[tuple[str, str]], list[str]]:
    """(section, name) of every component reachable from ``roots``, and why some refs cannot be followed."""
    found: set[tuple[str, str]] = set()
    problems: list[str] = []
    pending = list(iter_refs(roots))
    while pending:
        ref = pending.pop()
        try:
            target = resolve_pointer(doc, ref)
        except Unresolvable as exc:
            problem = str(exc)
        else:
            parts = ref[2:].split("/")
            if len(parts) == 3 and parts[0] == "components":
                key = (parts[1], parts[2].replace("~1", "/").replace("~0", "~"))
                if key not in found:
                    found.add(key)
                    pending.extend(iter_refs(target))
                continue
            problem = f"$ref {ref!r} does not name a component (only #/components/<section>/<name> is supported)"
        if problem not in problems:
            problems.append(problem)
    return found, problems


# ---------------------------------------------------------------------- content helpers


def is_xml(content_type: str) -> bool:
    base = content_type.split(";")[0].strip().lower()
    return base in ("application/xml", "text/xml") or base.endswith("+xml")


def is_json(content_type: str) -> bool:
    base = content_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _object_props(doc: dict[str, Any], schema: Any, seen: frozenset[int] = frozenset()) -> dict[str, Any]:
    """Properties of an object schema, allOf merged (refs followed)."""
    schema = deref(doc, schema)
    if not isinstance(schema, dict) or id(schema) in seen:
        return {}
    seen = seen | {id(schema)}
    props: dict[str, Any] = dict(schema.get("properties") or {})
    for sub in schema.get("allOf") or []:
        props.update(_object_props(doc, sub, seen))
    return props


def xml_list_names(doc: dict[str, Any], schema: Any) -> set[str]:
    """Names of the XML elements that repeat (arrays) anywhere under ``schema``.

    A name that is also a single (non-array) element elsewhere under ``schema`` is qualified by its
    parent element, ``parent/name`` (candescent_async/_xml.py reads both forms): legacy accounts have
    one ``memberNumber`` per account and a list of them in ``associatedMembers``.
    """
    repeated: set[tuple[str | None, str]] = set()
    single: set[str] = set()
    seen: set[tuple[int, str | None, str | None]] = set()

    def walk(node: Any, name: str | None, parent: str | None) -> None:
        node = deref(doc, node)
        if not isinstance(node, dict) or (id(node), name, parent) in seen:
            return
        seen.add((id(node), name, parent))
        if node.get("type") == "array" or "items" in node:
            items = deref(doc, node.get("items", {}))
            element = (items.get("xml") or {}).get("name") if isinstance(items, dict) else None
            element = element or (node.get("xml") or {}).get("name") or name
            if element:
                repeated.add((parent, str(element)))
            walk(node.get("items", {}), element, parent)
            return
        for key, sub in _object_props(doc, node).items():
            target = deref(doc, sub)
            leaf = isinstance(target, dict) and not _object_props(doc, target)
            if leaf and not (
                target.get("type") == "array" or "items" in target or target.get("anyOf") or target.get("oneOf")
            ):
                single.add(str(key))
            walk(sub, str(key), name)
        for key in ("anyOf", "oneOf"):
            for sub in node.get(key) or []:
                walk(sub, name, parent)

    walk(schema, None, None)
    return {f"{parent}/{element}" if element in single and parent else element for parent, element in repeated}


# ---------------------------------------------------------------------- the platform's prose

PROSE_KEYS = ("summary", "description")
EXAMPLE_KEYS = ("example", "examples", "externalDocs")
# Keys whose value maps names (properties, paths, codes, media types, ...) to objects: inside such a
# map, "description" is a name (a field called description), not prose.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "paths",
        "schemas",
        "parameters",
        "responses",
        "requestBodies",
        "headers",
        "content",
        "encoding",
        "securitySchemes",
        "links",
        "callbacks",
        "variables",
        "pathItems",
    }
)
# Values that are data, not OpenAPI structure.
OPAQUE_KEYS = frozenset({"enum", "const", "default", "required", "mapping"})


def strip_prose(node: Any, _role: str = "") -> None:
    """Remove the platform's prose in place: every ``summary``/``description``, ``example(s)`` and
    ``externalDocs``. A Response Object's required ``description`` becomes ``""``. Our own
    descriptions come back from the existing specs (``carry_over``); extensions are left alone."""
    if isinstance(node, list):
        for item in node:
            strip_prose(item)
        return
    if not isinstance(node, dict):
        return
    if _role == "map":
        for value in node.values():
            strip_prose(value)
        return
    for key in [*PROSE_KEYS, *EXAMPLE_KEYS, "title"]:  # title: an annotation, and the generator names classes by it
        if key in node and not (key == "description" and _role == "response"):
            del node[key]
    if _role == "response" and "$ref" not in node:
        node["description"] = ""
    for key, value in node.items():
        if key.startswith("x-") or key in OPAQUE_KEYS:
            continue
        if key == "responses" and isinstance(value, dict):
            for response in value.values():
                strip_prose(response, "response")
        elif key in NAME_MAPS and isinstance(value, dict):
            strip_prose(value, "map")
        else:
            strip_prose(value)


# ---------------------------------------------------------------------- the importer


class Importer:
    """Normalise and split one combined document. ``categories`` holds the result after ``run()``."""

    def __init__(self, doc: dict[str, Any], source: str = "the combined spec") -> None:
        self.doc = doc
        self.source = source
        self.findings: list[Finding] = []
        self.categories: dict[str, dict[str, Any]] = {}
        self.input_version = ""
        self._wrapped_arrays: set[str] = set()
        self._inferred: list[str] = []  # x-candescent-inferred notes of the operation being imported

    # -- reporting
    def _add(self, level: str, where: str, message: str, category: str = "") -> None:
        self.findings.append(Finding(level, where, message, category))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    # -- entry point
    def run(self) -> dict[str, dict[str, Any]]:
        try:
            self.input_version = upgrade_to_31(self.doc)
        except ValueError as exc:
            self._add("error", "document", str(exc))
            return {}
        if self.input_version.startswith("3.0"):
            self._add("info", "document", f"converted OpenAPI {self.input_version} to 3.1.0")
        normalise_allof(self.doc)
        normalise_integer_numbers(self.doc)
        for alias in inline_aliases(self.doc):
            self._add("info", f"#/components/schemas/{alias}", "an allOf alias of one schema: references go to it")
        tag_to_group = self._tag_groups()
        schemes = self._security_schemes()
        global_security = self.doc.get("security")
        seen_ids: dict[str, str] = {}
        grouped: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
        group_names: dict[str, str] = {}
        for path, item in (self.doc.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            if "$ref" in item:
                self._add("error", f"{path}", "path item $ref is not supported")
                continue
            for method in METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                op_id = op.get("operationId")
                where = f"{method.upper()} {path} ({op_id or 'no operationId'})"
                if not op_id:
                    self._add("error", where, "missing operationId")
                    continue
                if op_id in seen_ids:
                    self._add("error", where, f"duplicate operationId (also {seen_ids[op_id]})")
                    continue
                seen_ids[op_id] = f"{method.upper()} {path}"
                groups = {tag_to_group[t] for t in op.get("tags") or [] if t in tag_to_group}
                if not groups:
                    self._add("error", where, f"tags {op.get('tags') or []} are in no x-tagGroups group")
                    continue
                if len(groups) > 1:
                    self._add("error", where, f"tags span several tag groups {sorted(groups)}")
                    continue
                group = groups.pop()
                slug = category_slug(group)
                if slug not in CATEGORIES:
                    self._add("error", where, f"tag group {group!r} is not one of our categories {list(CATEGORIES)}")
                    continue
                group_names[slug] = group
                new_op = self._operation(path, method, item, op, slug, group, tag_to_group, schemes, global_security)
                if new_op is not None:
                    grouped.setdefault(slug, []).append((path, method, new_op))
        for slug in CATEGORIES:
            if slug in grouped:
                self.categories[slug] = self._assemble(slug, group_names[slug], grouped[slug])
        for slug in CATEGORIES:
            if slug not in grouped:
                self._add("warning", "document", f"no operation belongs to category {slug}", slug)
        return self.categories

    # -- document-level facts
    def _tag_groups(self) -> dict[str, str]:
        mapping: dict[str, str] = {}
        groups = self.doc.get("x-tagGroups")
        if not isinstance(groups, list) or not groups:
            self._add("error", "document", "no x-tagGroups: cannot tell the categories")
            return mapping
        for group in groups:
            name = str(group.get("name", ""))
            mapping.setdefault(name, name)  # an operation tagged with the group's own name
            for tag in group.get("tags") or []:
                if tag in mapping and mapping[tag] != name:
                    self._add("error", "x-tagGroups", f"tag {tag!r} is in two groups ({mapping[tag]}, {name})")
                mapping[tag] = name
        return mapping

    def _security_schemes(self) -> dict[str, str]:
        """Declared scheme name -> ``basic`` / ``bearer`` / an unknown kind."""
        kinds: dict[str, str] = {}
        for name, scheme in ((self.doc.get("components") or {}).get("securitySchemes") or {}).items():
            scheme = deref(self.doc, scheme)
            kind = str(scheme.get("type", ""))
            if kind == "http":
                kind = str(scheme.get("scheme", "")).lower()
            kinds[name] = kind
        return kinds

    # -- one operation
    def _operation(
        self,
        path: str,
        method: str,
        item: dict[str, Any],
        source_op: dict[str, Any],
        slug: str,
        group: str,
        tag_to_group: dict[str, str],
        schemes: dict[str, str],
        global_security: Any,
    ) -> dict[str, Any] | None:
        op = copy.deepcopy(source_op)
        op_id = op["operationId"]
        where = f"{method.upper()} {path} ({op_id})"
        errors_before = len(self.errors)
        notes: list[str] = []
        self._inferred = []

        def add(level: str, message: str) -> None:
            self._add(level, where, message, slug)

        # Dangling references anywhere under the operation (and the path-level parameters).
        for problem in component_closure(self.doc, [item.get("parameters", []), source_op])[1]:
            add("error", problem)
        if len(self.errors) > errors_before:
            return None

        # Parameters: path-level ones first, overridden by the operation's own (same name and location).
        merged: dict[tuple[str, str], tuple[Any, dict[str, Any]]] = {}
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = deref(self.doc, raw)
            merged[(str(param.get("in")), str(param.get("name")))] = (copy.deepcopy(raw), param)

        media_types = self._media_types(item, source_op)
        wire_xml, content_notes = self._content(op, add)
        notes += content_notes
        if media_types and not wire_xml:
            op["x-candescent-media-types"] = media_types

        kept: list[Any] = []
        auth: list[tuple[Any, dict[str, Any]]] = []
        traces: list[str] = []
        dropped: list[str] = []
        user_params: list[dict[str, Any]] = []
        for (location, name), (raw, param) in merged.items():
            lower = name.lower()
            if location == "header" and lower == "authorization":
                auth.append((raw, param))
                continue
            if location == "header" and lower in TRACE_HEADERS:
                traces.append(TRACE_HEADERS[lower])
                continue
            if location == "header" and (lower in TRANSPORT_HEADERS or (wire_xml and lower == "accept")):
                dropped.append(name)
                continue
            if name in USER_PARAMS:
                user_params.append(param)
            if location == "header":
                raw = self._plain_header(raw, param, notes)
            kept.append(raw)
        if kept:
            op["parameters"] = kept
        else:
            op.pop("parameters", None)
        if dropped:
            notes.append(
                f"{', '.join(dropped)} {'is' if len(dropped) == 1 else 'are'} set by the transport, so not declared."
            )

        # Trace header.
        distinct = sorted(set(traces))
        if not distinct:
            add("error", "no trace-header parameter (transactionId, correlationId or di_tid)")
        elif len(distinct) > 1:
            add("error", f"several trace headers {distinct}: cannot tell which one the operation needs")
        trace = distinct[0] if distinct else None

        # Security and token kind.
        security = op.pop("security", None)
        effective = security if security is not None else global_security
        scheme_kinds = self._repair_security(effective, schemes, add)
        token, inferred = self._token(path, auth, scheme_kinds, effective, trace, add)
        if inferred:
            self._inferred.append(inferred)
        if self._inferred:
            op["x-candescent-inferred"] = " ".join(self._inferred)
        if token == "client-basic":
            op["security"] = [{"ClientAuthBasic": []}]
        elif token == "none":
            op["security"] = []

        # User context: the platform's x-conditionally-required hostUserId / loginId pair.
        if user_params:
            needed = any(p.get("required") or p.get("x-conditionally-required") for p in user_params)
            op["x-candescent-user-context"] = "required" if needed else "optional"

        # Retry: GET/HEAD are safe; anything else only on the platform's explicit x-idempotent: true
        # (or our reviewed spec, carried over later). Prose is never read: "isn't idempotent" is prose too.
        says_idempotent = op.pop("x-idempotent", None) is True
        retry = "safe" if method in ("get", "head") or says_idempotent else "never"
        if says_idempotent and method not in ("get", "head"):
            add("info", "x-idempotent: true: x-candescent-retry safe")

        pagination = self._pagination(op, merged, add)
        if pagination:
            op["x-candescent-pagination"] = pagination

        if any(n.endswith("ResourcePath") for (loc, n) in merged if loc == "path"):
            notes.append(MX_PATH_NOTE)

        if token:
            op["x-candescent-token"] = token
        if trace:
            op["x-candescent-trace-header"] = trace
        op["x-candescent-retry"] = retry
        if notes:
            op["x-candescent-generator"] = " ".join(notes)
        own_tags = [t for t in op.get("tags") or [] if tag_to_group.get(t) == group and t != group]
        op["tags"] = [group, *dict.fromkeys(own_tags)]
        if len(self.errors) > errors_before:
            return None
        return self._ordered(op)

    def _media_types(self, item: dict[str, Any], op: dict[str, Any]) -> dict[str, list[str]] | None:
        """The media types the caller chooses among, for an operation that declares an Accept header.

        ``accept``: those its success responses list (an operation without a response body, such as a
        DELETE, takes those of the first operation on the same path that has one); ``content_type``:
        those its request body lists, when it also declares Content-Type. In the platform's order: the
        first is the default.
        """
        params = [deref(self.doc, raw) for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]]
        headers = {str(p.get("name", "")).lower() for p in params if isinstance(p, dict) and p.get("in") == "header"}
        if "accept" not in headers:
            return None

        def listed(candidate: dict[str, Any]) -> list[str]:
            found: list[str] = []
            for code, response in sorted((candidate.get("responses") or {}).items(), key=lambda kv: str(kv[0])):
                if str(code).startswith("2"):
                    found += [t for t in (deref(self.doc, response).get("content") or {}) if t not in found]
            return found

        accept = listed(op) or next(
            (types for m in METHODS if isinstance(item.get(m), dict) and (types := listed(item[m]))), []
        )
        facts: dict[str, list[str]] = {}
        if accept:
            facts["accept"] = accept
        body = deref(self.doc, op.get("requestBody") or {})
        content_types = list((body or {}).get("content") or {})
        if content_types and "content-type" in headers:
            facts["content_type"] = content_types
        return facts or None

    def _plain_header(self, raw: Any, param: dict[str, Any], notes: list[str]) -> Any:
        """A header parameter without uuid/date formats (the generator drops or breaks those) and
        without a blank default (the generator sends a default on every call, and a blank header
        value is no valid HTTP field value: httpx refuses to send it)."""
        schema = deref(self.doc, param.get("schema") or {})
        if not isinstance(schema, dict):
            return raw
        fmt = schema.get("format")
        default = schema.get("default")
        blank = isinstance(default, str) and not default.strip()
        if fmt not in HEADER_FORMATS_DROPPED and not blank:
            return raw
        inline = copy.deepcopy(param)
        drop = {"format"} if fmt in HEADER_FORMATS_DROPPED else set()
        if fmt in HEADER_FORMATS_DROPPED:
            notes.append(f"Header {param.get('name')} is a plain string here (the platform says format {fmt}).")
        if blank:
            drop.add("default")
            notes.append(
                f"Header {param.get('name')} has no default here (the platform's is blank, which no HTTP "
                "client can send; absent, the server applies its own)."
            )
        inline["schema"] = {k: v for k, v in copy.deepcopy(schema).items() if k not in drop}
        return inline

    def _repair_security(self, security: Any, schemes: dict[str, str], add: Any) -> set[str]:
        kinds: set[str] = set()
        if not isinstance(security, list):
            return kinds
        lowered = {name.lower(): name for name in schemes}
        for requirement in security:
            for name in requirement or {}:
                if name in schemes:
                    kinds.add(schemes[name])
                elif name.lower() in lowered:
                    fixed = lowered[name.lower()]
                    add("info", f"security scheme {name!r} repaired to {fixed!r}")
                    kinds.add(schemes[fixed])
                else:
                    add("error", f"security scheme {name!r} is not defined")
        for kind in kinds - {"basic", "bearer"}:
            add("error", f"unknown auth scheme type {kind!r} (only http bearer and basic are supported)")
        return kinds

    def _token(
        self,
        path: str,
        auth: list[tuple[Any, dict[str, Any]]],
        scheme_kinds: set[str],
        security: Any,
        trace: str | None,
        add: Any,
    ) -> tuple[str | None, str | None]:
        """(token kind, inference note or None)."""
        hints: set[str] = set()
        for raw, param in auth:
            schema = deref(self.doc, param.get("schema") or {})
            # The component name (ClientAuthBasicAuthorization, OAuthV1Authorization, ...) or the prose;
            # "V1"/"V2" only as words in capitals, so that paths such as /oauth2/v1/token do not count.
            name = ref_name(raw) or ""
            text = " ".join(
                str(x)
                for x in (
                    param.get("description", ""),
                    schema.get("pattern", "") if isinstance(schema, dict) else "",
                    param.get("example", ""),
                )
            )
            if "basic" in name.lower() or re.search(r"\bbasic\b", text, re.IGNORECASE):
                hints.add("client-basic")
            if "V1" in name or re.search(r"\bV1\b", text) or re.search(r"\blegacy\b", text, re.IGNORECASE):
                hints.add("v1")
            if "V2" in name or re.search(r"\bV2\b", text):
                hints.add("v2")
        if len(hints) > 1:
            add("error", f"Authorization parameters disagree about the token: {sorted(hints)}")
            return None, None
        if hints:
            return hints.pop(), None
        if isinstance(security, list) and not security:
            return "none", None
        if scheme_kinds == {"basic"}:
            return "client-basic", None
        if scheme_kinds == {"bearer"}:
            legacy = bool(LEGACY_PATH.search(path)) or trace == "di_tid"
            kind = "v1" if legacy else "v2"
            why = "its legacy FI-scoped path or di_tid trace header" if legacy else "a current (non-legacy) path"
            note = f"Token kind {kind} inferred from the bearer security and {why}."
            add("warning", note)
            return kind, note
        if scheme_kinds - {"basic", "bearer"}:
            return None, None  # already reported
        add("error", "cannot tell which token the operation needs (no Authorization hint, no usable security)")
        return None, None

    def _content(self, op: dict[str, Any], add: Any) -> tuple[bool, list[str]]:
        """One content type per body; XML wire format; 204 bodies dropped. Returns (xml?, notes)."""
        notes: list[str] = []
        responses = op.get("responses") or {}
        if not responses:
            add("error", "no responses")
        resolved = {str(code): deref(self.doc, r) for code, r in responses.items()}
        body = deref(self.doc, op["requestBody"]) if "requestBody" in op else None
        success = sorted(c for c, r in resolved.items() if c.startswith("2") and (r or {}).get("content"))
        errors = sorted(c for c, r in resolved.items() if not c.startswith("2") and (r or {}).get("content"))
        if success:
            first = next(iter(resolved[success[0]]["content"]))
        elif body and body.get("content"):
            first = next(iter(body["content"]))
        elif errors:
            first = next(iter(resolved[errors[0]]["content"]))
        else:
            first = ""
        wire_xml = is_xml(first)

        def pick(content: dict[str, Any], label: str) -> dict[str, Any]:
            types = list(content)
            if len(types) <= 1:
                return content
            if wire_xml:
                chosen = next((t for t in types if is_xml(t)), types[0])
            else:
                chosen = next((t for t in types if is_json(t)), next((t for t in types if t != "*/*"), types[0]))
            others = [t for t in types if t != chosen]
            notes.append(f"{label}: the platform also offers {', '.join(others)}; only {chosen} is declared.")
            return {chosen: content[chosen]}

        if body is not None and body.get("content"):
            picked = pick(body["content"], "Request body")
            if picked != body["content"]:
                op["requestBody"] = {**copy.deepcopy(body), "content": copy.deepcopy(picked)}
        multipart_notes: list[str] = []
        for media_type, media in ((deref(self.doc, op.get("requestBody")) or {}).get("content") or {}).items():
            if media_type.startswith("multipart/"):
                self._binary_parts(media.get("schema"), multipart_notes)
        notes += multipart_notes
        for code, response in resolved.items():
            content = (response or {}).get("content")
            if not content:
                continue
            if code in ("204", "205", "304"):
                op["responses"][code] = {k: v for k, v in copy.deepcopy(response).items() if k != "content"}
                notes.append(f"The platform declares a body on {code}; a {code} carries none, so none is declared.")
                continue
            picked = pick(content, f"Response {code}")
            for media_type, media in picked.items():
                if "schema" not in media and not (is_json(media_type) or is_xml(media_type)):
                    picked = {**picked, media_type: {**media, "schema": {"type": "string", "format": "binary"}}}
            if picked != content:
                op["responses"][code] = {**copy.deepcopy(response), "content": copy.deepcopy(picked)}

        if wire_xml:
            op["x-candescent-wire-format"] = "xml"
            op["x-candescent-xml"] = self._xml_facts(op, add)
        return wire_xml, notes

    def _binary_parts(self, schema: Any, notes: list[str]) -> None:
        for name, prop in _object_props(self.doc, schema).items():
            target = deref(self.doc, prop)
            if (
                isinstance(target, dict)
                and target.get("type") == "string"
                and "format" not in target
                and ("contentMediaType" in target or "contentEncoding" in target)
            ):
                target["format"] = "binary"
                notes.append(f"Multipart part {name} is declared format: binary (the generator's file type).")

    def _xml_root(self, media: dict[str, Any], label: str, add: Any) -> str | None:
        raw = media.get("schema")
        schema = deref(self.doc, raw)
        if not isinstance(schema, dict):
            return None
        root = (schema.get("xml") or {}).get("name") or ref_name(raw)
        if schema.get("type") == "array":
            items_raw = schema.get("items") or {}
            items = deref(self.doc, items_raw)
            element = (items.get("xml") or {}).get("name") or ref_name(items_raw)
            if not element:
                add("error", f"{label}: a bare XML array without an item element name")
                return None
            if not root:
                # An unnamed array of <element>: an XML document has exactly one root element, so the
                # only well-formed reading is one <element> document per call (sendCustomerEventV1: one
                # <Events> holding repeated <Event>s).
                media["schema"] = copy.deepcopy(items_raw)
                self._inferred.append(
                    f"The platform declares the {label} as an unnamed array of {element}; an XML document "
                    f"has one root element, so it is one {element} document per call."
                )
                add("info", f"{label}: unnamed XML array of {element}: one {element} document per call")
                return str(element)
            wrapper = {
                "type": "object",
                "xml": {"name": root},
                "x-candescent-inferred": (
                    f"The platform declares a bare array; on the wire it is a {root} element holding "
                    f"repeated {element} elements."
                ),
                "properties": {element: {"type": "array", "items": copy.deepcopy(items_raw)}},
            }
            name = ref_name(raw)
            if name and isinstance(raw, dict) and str(raw["$ref"]).startswith("#/components/schemas/"):
                if name not in self._wrapped_arrays:
                    self.doc["components"]["schemas"][name] = wrapper
                    self._wrapped_arrays.add(name)
            else:
                media["schema"] = wrapper
        return str(root) if root else None

    def _xml_facts(self, op: dict[str, Any], add: Any) -> dict[str, Any]:
        facts: dict[str, Any] = {}
        schemas: list[Any] = []
        body = op.get("requestBody")
        if body is not None:
            body = op["requestBody"] = copy.deepcopy(deref(self.doc, body))
            for media_type, media in (body.get("content") or {}).items():
                if is_xml(media_type):
                    root = self._xml_root(media, "request body", add)
                    if root is None:
                        add("error", "cannot tell the XML root element of the request body")
                    else:
                        facts["request_root"] = root
                    schemas.append(media.get("schema"))
        for code, response in (op.get("responses") or {}).items():
            response = deref(self.doc, response)
            for media_type, media in (response.get("content") or {}).items():
                if not is_xml(media_type):
                    continue
                if "$ref" in op["responses"][code] and deref(self.doc, media.get("schema", {})).get("type") == "array":
                    response = op["responses"][code] = copy.deepcopy(response)
                    media = response["content"][media_type]
                root = self._xml_root(media, f"response {code}", add)
                if str(code).startswith("2") and root and "response_root" not in facts:
                    facts["response_root"] = root
                schemas.append(media.get("schema"))
        lists: set[str] = set()
        for schema in schemas:
            lists |= xml_list_names(self.doc, schema)
        if lists:
            facts["lists"] = sorted(lists)
        return facts

    def _pagination(
        self, op: dict[str, Any], params: dict[tuple[str, str], tuple[Any, dict[str, Any]]], add: Any
    ) -> dict[str, Any] | None:
        query = {name for (loc, name) in params if loc == "query"}
        response = next(
            (
                deref(self.doc, r)
                for c, r in sorted((op.get("responses") or {}).items())
                if str(c).startswith("2") and deref(self.doc, r).get("content")
            ),
            None,
        )
        props: dict[str, Any] = {}
        if response:
            props = _object_props(self.doc, next(iter(response["content"].values())).get("schema"))
        arrays = [name for name, p in props.items() if deref(self.doc, p).get("type") == "array"]
        items = "content" if "content" in arrays else (arrays[0] if arrays else None)
        style: dict[str, Any] | None = None
        if {"$skipGroups", "$topGroups"} <= query:
            style = {"style": "odata-groups", "skip": "$skipGroups", "top": "$topGroups"}
            if "totalGroupCount" in props:
                style["total"] = "totalGroupCount"
        elif {"$skip", "$top"} <= query:
            style = {"style": "odata-skip-top", "skip": "$skip", "top": "$top"}
        elif {"pageNo", "pageSize"} <= query:
            style = {"style": "page-number", "page": "pageNo", "size": "pageSize"}
        elif {"page", "size"} <= query and "content" in props and "page" in props:
            style = {"style": "spring-page", "page": "page", "size": "size", "metadata": "page"}
        elif "nextPageToken" in props:
            body = deref(self.doc, op.get("requestBody") or {})
            body_media: dict[str, Any] = next(iter((body.get("content") or {}).values()), {})
            body_schema = body_media.get("schema")
            if "nextPageToken" in _object_props(self.doc, body_schema):
                style = {"style": "body-cursor", "cursor": "nextPageToken"}
        elif {"limit", "userToken"} <= query:
            add("warning", "keyset paging (limit/userToken) needs the key field: x-candescent-pagination not inferred")
            return None
        if style is None:
            return None
        if not items:
            add("warning", f"{style['style']} paging but no array in the response; x-candescent-pagination not set")
            return None
        return {"style": style.pop("style"), "items": items, **style}

    @staticmethod
    def _ordered(op: dict[str, Any]) -> dict[str, Any]:
        first = [k for k in OP_KEY_ORDER if k in op]
        known = {name: i for i, name in enumerate(EXTENSION_ORDER)}
        ext = sorted((k for k in op if k.startswith("x-candescent-")), key=lambda k: (known.get(k, len(known)), k))
        rest = [k for k in op if k not in first and k not in ext]
        return {k: op[k] for k in [*first, *ext, *rest]}

    # -- one category document
    def _assemble(self, slug: str, group: str, ops: list[tuple[str, str, dict[str, Any]]]) -> dict[str, Any]:
        paths: dict[str, dict[str, Any]] = {}
        for path, method, op in ops:
            paths.setdefault(path, {})[method] = op
        found, _ = component_closure(self.doc, paths)
        source_components = self.doc.get("components") or {}
        components: dict[str, Any] = {"securitySchemes": copy.deepcopy(SECURITY_SCHEMES)}
        for section, entries in source_components.items():
            if section == "securitySchemes" or not isinstance(entries, dict):
                continue
            chosen = {name: copy.deepcopy(v) for name, v in entries.items() if (section, name) in found}
            if chosen:
                components[section] = chosen
        # The platform's tag descriptions are its prose: only the names are kept.
        tags: list[dict[str, Any]] = [{"name": group, "description": "Category tag (one resource class)."}]
        tags += [{"name": name} for name in dict.fromkeys(t for _, _, op in ops for t in op["tags"][1:])]
        strip_prose(paths)
        strip_prose(components)
        marked = mark_credentials(components) + mark_credentials(paths)
        if marked:
            self._add("info", "document", f"{marked} credential field(s) marked x-candescent-secret by name", slug)
        info = self.doc.get("info") or {}
        return {
            "openapi": "3.1.0",
            "info": {
                "title": f"Candescent {group} API",
                "version": str(info.get("version", "")),
                "description": (
                    f"Imported by scripts/import_spec.py from {self.source} (tag group {group}); "
                    "re-import rather than edit by hand."
                ),
            },
            "servers": copy.deepcopy(SERVERS),
            "security": [{"BearerAuth": []}],
            "tags": tags,
            "paths": paths,
            "components": components,
        }


def is_marked_secret(schema: dict[str, Any]) -> bool:
    """Does a property schema say it is a secret (specs/README.md)?"""
    return (
        schema.get("format") == "password"
        or schema.get("writeOnly") is True
        or schema.get("x-candescent-secret") is True
    )


def mark_credentials(node: Any) -> int:
    """Mark every unmarked property named in KNOWN_CREDENTIALS under ``node``; return how many."""
    marked = 0
    if isinstance(node, dict):
        properties = node.get("properties")
        for name, prop in properties.items() if isinstance(properties, dict) else ():
            unmarked = isinstance(prop, dict) and "$ref" not in prop and not is_marked_secret(prop)
            if name in KNOWN_CREDENTIALS and unmarked:
                prop["x-candescent-secret"] = True
                marked += 1
        for value in node.values():
            marked += mark_credentials(value)
    elif isinstance(node, list):
        for value in node:
            marked += mark_credentials(value)
    return marked


# ---------------------------------------------------------------------- checks, carry-over, output


def validate_category(slug: str, doc: dict[str, Any]) -> list[Finding]:
    """openapi-spec-validator and our registry's own checks."""
    problems: list[Finding] = []
    try:
        from openapi_spec_validator import validate
    except ImportError:  # pragma: no cover - a dev dependency
        problems.append(Finding("warning", "document", "openapi-spec-validator missing; not validated", slug))
    else:
        try:
            validate(copy.deepcopy(doc))
        except Exception as exc:
            problems.append(Finding("error", "document", f"not valid OpenAPI 3.1: {str(exc)[:300]}", slug))
    try:
        from _registry_gen import SpecError, operation_entries

        operation_entries(doc)
    except ImportError:  # pragma: no cover - openapi-python-client is a dev dependency
        pass
    except SpecError as exc:
        problems.append(Finding("error", "registry", str(exc), slug))
    return problems


def iter_operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            op = (item or {}).get(method)
            if isinstance(op, dict):
                yield path, method, op


DEVIATION = "x-candescent-deviation"
OURS_PREFIX = "x-candescent-"
_HEAD_KEYS = ("$ref", "name", "in", "required", "type", "format", "items")
_SCHEMA_LIST_KEYS = ("allOf", "anyOf", "oneOf", "prefixItems")


def _is_ours(key: str) -> bool:
    return key.startswith(OURS_PREFIX) or key in PROSE_KEYS


def _place(node: dict[str, Any], ours: dict[str, Any]) -> None:
    """Set ``ours`` on ``node`` in place, as one block (in their order) after the leading identity/type keys."""
    if not ours:
        return
    rest = [(k, v) for k, v in node.items() if k not in ours]
    # "required" leads in a parameter (a flag), not in a schema (a list of names).
    head = [i + 1 for i, (k, v) in enumerate(rest) if k in _HEAD_KEYS and not (k == "required" and isinstance(v, list))]
    cut = max(head, default=0)
    node.clear()
    node.update(rest[:cut])
    node.update(ours)
    node.update(rest[cut:])


class _CarryOver:
    """Copy what is ours from the existing spec (``old``) onto a fresh import (``new``), in place.

    Ours: every ``x-candescent-*`` extension and every ``summary``/``description`` (the import has
    none: the platform's prose is stripped). A node of ``old`` carrying ``x-candescent-deviation``
    (an operation, a parameter, a schema or a property) is kept whole, as ours, in place of the
    platform's; a deviating property's required flag follows ``old`` too; a deviating node the
    platform lacks is added back, with the components it references.
    """

    def __init__(self, slug: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.slug, self.old, self.new = slug, old, new
        self.notes: list[Finding] = []
        self.kept: list[str] = []
        self.prose = 0

    def note(self, level: str, where: str, message: str) -> None:
        self.notes.append(Finding(level, where, message, self.slug))

    def run(self) -> list[Finding]:
        old_ops = {op.get("operationId"): (p, m, op) for p, m, op in iter_operations(self.old)}
        for path, method, op in list(iter_operations(self.new)):
            if op.get("operationId") not in old_ops:
                continue
            _, _, before = old_ops[op["operationId"]]
            where = f"{method.upper()} {path} ({op['operationId']})"
            if DEVIATION in before:
                merged = copy.deepcopy(before)
                self.kept.append(where)
            else:
                merged = self._operation(before, op, where)
            self.new["paths"][path][method] = Importer._ordered(merged)
        for section, entries in (self.old.get("components") or {}).items():
            if section == "securitySchemes" or not isinstance(entries, dict):
                continue
            target = self.new.setdefault("components", {}).get(section)
            for name, before in entries.items():
                where = f"#/components/{section}/{name}"
                if isinstance(target, dict) and name in target:
                    target[name] = self._node(before, target[name], where)
                elif isinstance(before, dict) and DEVIATION in before:
                    self.new["components"].setdefault(section, {})[name] = copy.deepcopy(before)
                    self.kept.append(where)
        self._referenced_components()
        self._prune()
        if self.old.get("x-candescent-generator-allow"):
            self.new["x-candescent-generator-allow"] = copy.deepcopy(self.old["x-candescent-generator-allow"])
        old_tags = {t.get("name"): t for t in self.old.get("tags") or [] if isinstance(t, dict)}
        for tag in self.new.get("tags") or []:
            if tag is not self.new["tags"][0] and old_tags.get(tag.get("name"), {}).get("description"):
                tag["description"] = old_tags[tag["name"]]["description"]
        for where in self.kept:
            self.note("info", where, "declared deviation kept (x-candescent-deviation)")
        if self.prose:
            self.note("info", "document", f"{self.prose} description(s) of ours carried over")
        return self.notes

    # -- operations
    def _operation(self, before: dict[str, Any], op: dict[str, Any], where: str) -> dict[str, Any]:
        for key, value in before.items():
            if not _is_ours(key):
                continue
            if key == "x-candescent-xml" and isinstance(op.get(key), dict):
                value = self._xml(value, op[key], where)
            elif key.startswith(OURS_PREFIX) and op.get(key) != value:
                said = f" (the import says {op[key]!r})" if key in op else ""
                self.note("info", where, f"{key} carried over from the existing spec{said}")
            op[key] = copy.deepcopy(value)
            self.prose += key in PROSE_KEYS
        self._parameters(before, op, where)
        for key in ("requestBody", "responses"):
            if key in before and key in op:
                op[key] = self._node(before[key], op[key], f"{where} {key}", name_map=key == "responses")
        return op

    def _xml(self, before: dict[str, Any], facts: dict[str, Any], where: str) -> dict[str, Any]:
        merged = copy.deepcopy(before)
        extra = set(facts.get("lists") or []) - set(before.get("lists") or [])
        if extra:
            merged["lists"] = sorted(set(before.get("lists") or []) | extra)
        return merged

    def _param_key(self, doc: dict[str, Any], raw: Any) -> tuple[str, str]:
        try:
            param = deref(doc, raw)
        except Unresolvable:
            return ("", str(raw))
        return (str(param.get("in")), str(param.get("name")))

    def _parameters(self, before: dict[str, Any], op: dict[str, Any], where: str) -> None:
        old_params = {self._param_key(self.old, raw): raw for raw in before.get("parameters") or []}
        new_list = op.get("parameters") or []
        present = set()
        for index, raw in enumerate(new_list):
            key = self._param_key(self.new, raw)
            present.add(key)
            if key in old_params:
                before_param = old_params[key]
                if "$ref" in before_param and self._deviating(before_param):  # our deviating component
                    new_list[index] = copy.deepcopy(before_param)
                    self.kept.append(f"{where} parameter {key[0]} {key[1]}")
                    continue
                if "$ref" in before_param and "$ref" not in raw:  # ours was a shared component: its words
                    before_param = _safe(self.old, before_param)
                new_list[index] = self._node(before_param, raw, f"{where} parameter {key[0]} {key[1]}")
        for key, raw in old_params.items():
            if key not in present and self._deviating(raw):
                new_list.append(copy.deepcopy(raw))
                self.kept.append(f"{where} parameter {key[0]} {key[1]}")
        if new_list:
            op["parameters"] = new_list

    def _deviating(self, node: Any) -> bool:
        """Does ``node`` of the existing spec (or the component it references) declare a deviation?"""
        return isinstance(node, dict) and (DEVIATION in node or DEVIATION in (_safe(self.old, node) or {}))

    # -- any other node: parameters, bodies, responses, media types, schemas
    def _node(self, before: Any, node: Any, where: str, name_map: bool = False) -> Any:
        if not isinstance(before, dict) or not isinstance(node, dict):
            return node
        if name_map:
            for key in node:
                if key in before:
                    node[key] = self._node(before[key], node[key], f"{where}/{key}")
            for key, value in before.items():
                if key not in node and self._deviating(value):
                    node[key] = copy.deepcopy(value)
                    self.kept.append(f"{where}/{key}")
            return node
        if DEVIATION in before:
            self.kept.append(where)
            return copy.deepcopy(before)
        if "$ref" in before and "$ref" in node and before["$ref"] != node["$ref"]:
            return node  # another target: nothing of ours applies
        ours = {key: copy.deepcopy(value) for key, value in before.items() if _is_ours(key)}
        self.prose += sum(key in PROSE_KEYS for key in ours)
        if ours.get("x-candescent-secret") is True and not is_marked_secret(node):
            self.note("info", where, "x-candescent-secret carried over")
        _place(node, ours)
        for key in list(node):
            if key not in before or _is_ours(key) or key in OPAQUE_KEYS:
                continue
            if key in NAME_MAPS and isinstance(node[key], dict):
                node[key] = self._node(before[key], node[key], f"{where}/{key}", name_map=True)
            elif key in _SCHEMA_LIST_KEYS and isinstance(node[key], list) and isinstance(before[key], list):
                if len(node[key]) == len(before[key]):
                    pairs = enumerate(zip(before[key], node[key], strict=True))
                    node[key] = [self._node(b, n, f"{where}/{key}/{i}") for i, (b, n) in pairs]
            elif isinstance(node[key], dict):
                node[key] = self._node(before[key], node[key], f"{where}/{key}")
        self._required(before, node)
        return node

    @staticmethod
    def _required(before: dict[str, Any], node: dict[str, Any]) -> None:
        """A deviating property is required exactly when the existing spec says so."""
        props = before.get("properties")
        if not isinstance(props, dict) or not isinstance(node.get("properties"), dict):
            return
        old_required = set(before.get("required") or [])
        required = list(node.get("required") or [])
        for name, prop in props.items():
            if not isinstance(prop, dict) or DEVIATION not in prop or name not in node["properties"]:
                continue
            if name in old_required and name not in required:
                required.append(name)
            elif name not in old_required and name in required:
                required.remove(name)
        if required:
            node["required"] = required
        else:
            node.pop("required", None)

    def _prune(self) -> None:
        """Components no operation reaches any more (a kept deviation replaced their users) go."""
        if "paths" not in self.new:
            return
        found, _ = component_closure(self.new, self.new["paths"])
        components = self.new.get("components") or {}
        for section, entries in list(components.items()):
            if section == "securitySchemes" or not isinstance(entries, dict):
                continue
            for name in [n for n in entries if (section, n) not in found]:
                del entries[name]
                self.note("info", f"#/components/{section}/{name}", "dropped: no operation uses it any more")
            if not entries:
                del components[section]

    def _referenced_components(self) -> None:
        """Components a kept node references that the import lacks come from the existing spec."""
        while True:
            missing = []
            for ref in iter_refs(self.new):
                parts = ref[2:].split("/")
                if len(parts) != 3 or parts[0] != "components":
                    continue
                section, name = parts[1], parts[2]
                if name not in (self.new.get("components") or {}).get(section, {}):
                    source = (self.old.get("components") or {}).get(section, {})
                    if name in source:
                        missing.append((section, name, source[name]))
            if not missing:
                return
            for section, name, value in missing:
                self.new["components"].setdefault(section, {})[name] = copy.deepcopy(value)
                self.note("info", f"#/components/{section}/{name}", "kept from the existing spec (a deviation uses it)")


def _safe(doc: dict[str, Any], node: Any) -> Any:
    try:
        return deref(doc, node)
    except Unresolvable:
        return node


def carry_over(slug: str, old: dict[str, Any], new: dict[str, Any]) -> list[Finding]:
    """Carry what is ours from the existing spec onto the import of one category (see ``_CarryOver``)."""
    return _CarryOver(slug, old, new).run()


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_yaml(doc: dict[str, Any]) -> str:
    return yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)


def load_yaml(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not an OpenAPI document")
    return data


def import_combined(
    doc: dict[str, Any], source: str = "the combined spec"
) -> tuple[dict[str, dict[str, Any]], list[Finding]]:
    """Split and normalise; also validate each category. Returns (categories, findings)."""
    importer = Importer(doc, source)
    categories = importer.run()
    findings = list(importer.findings)
    for slug, category_doc in categories.items():
        findings += validate_category(slug, category_doc)
    return categories, findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path, help="the platform's combined OpenAPI file (3.0.x or 3.1.x)")
    parser.add_argument("--out", type=Path, default=ROOT / "specs", help="where specs/<category>.yaml go")
    parser.add_argument("--acknowledge-breaking", action="store_true", help="write even with breaking changes")
    parser.add_argument(
        "--only", action="append", choices=CATEGORIES, metavar="CATEGORY", help="import only these categories"
    )
    args = parser.parse_args(argv)

    try:
        doc = load_yaml(args.spec)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"cannot read {args.spec}: {exc}", file=sys.stderr)
        return 2
    categories, findings = import_combined(doc, args.spec.name)
    if args.only:
        categories = {slug: cat_doc for slug, cat_doc in categories.items() if slug in args.only}
        findings = [f for f in findings if not f.category or f.category in args.only]
    out: Path = args.out
    old: dict[str, dict[str, Any]] = {}
    for slug in args.only or CATEGORIES:
        target = out / f"{slug}.yaml"
        if target.exists():
            old[slug] = load_yaml(target)
            if slug in categories:
                findings += carry_over(slug, old[slug], categories[slug])

    print(f"import of {args.spec} (info.version {doc.get('info', {}).get('version', '?')}):")
    for slug in CATEGORIES:
        if slug in categories:
            count = sum(1 for _ in iter_operations(categories[slug]))
            print(f"  {slug}: {count} operation(s)")
    order = {"error": 0, "warning": 1, "info": 2}
    for finding in sorted(findings, key=lambda f: (order.get(f.level, 3), f.category, f.where)):
        print(f"  {finding}", file=sys.stderr if finding.level == "error" else sys.stdout)
    errors = [f for f in findings if f.level == "error"]
    if errors:
        print(f"{len(errors)} problem(s): nothing written to {out}", file=sys.stderr)
        return 2

    from spec_diff import diff_categories, format_report

    changes = diff_categories(old, categories) if old else []
    if old:
        print(format_report(changes, old, categories, f"{out} (current)", f"{args.spec} (imported)"))
    breaking = [c for c in changes if c.breaking]
    if breaking and not args.acknowledge_breaking:
        print(
            f"{len(breaking)} breaking change(s): nothing written. Review the report, then re-run with "
            "--acknowledge-breaking (and plan a major version bump).",
            file=sys.stderr,
        )
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for slug, category_doc in categories.items():
        (out / f"{slug}.yaml").write_text(dump_yaml(category_doc), encoding="utf-8")
        print(f"wrote {out / f'{slug}.yaml'}")
    for slug in sorted(set(old) - set(categories)):
        print(
            f"note: {out / f'{slug}.yaml'} has no counterpart in the import; remove it by hand if the category is gone"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
